// The programme page's budget chart: one stacked bar per funding source (paid, committed, available).
// The data comes from the canvas's data-chart attribute (no inline scripts under the CSP).
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('budget-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var colours = ['#198754', '#fd7e14', '#adb5bd'];
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: data.labels,
            datasets: data.series.map(function (s, i) {
                return {label: s.label, data: s.data, backgroundColor: colours[i % colours.length]};
            })
        },
        options: {
            indexAxis: 'y',
            responsive: true,
            scales: {x: {stacked: true, beginAtZero: true}, y: {stacked: true}}
        }
    });
});
