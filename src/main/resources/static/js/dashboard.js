// Draws the dashboard's charts from the JSON in each canvas's data-chart attribute
// (inline scripts are not allowed by the content security policy).
document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var spec = JSON.parse(canvas.dataset.chart);
        var options = {responsive: true, maintainAspectRatio: false,
            plugins: {legend: {display: spec.type !== 'bar' || spec.datasets.length > 1, position: 'bottom'}}};
        if (spec.type === 'bar') {
            options.scales = {x: {stacked: spec.stacked}, y: {stacked: spec.stacked, beginAtZero: true,
                ticks: spec.counts ? {precision: 0} : {}}};
        }
        new Chart(canvas, {type: spec.type, data: {labels: spec.labels, datasets: spec.datasets}, options: options});
    });
});
