// Draws the claims-by-state chart of the mutual-aid statistics page from the canvas's data attributes
// (inline scripts are not allowed by the content security policy).
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('claims-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: canvas.dataset.labels.split('|'),
            datasets: [{label: canvas.dataset.title, data: canvas.dataset.values.split('|').map(Number),
                backgroundColor: '#dc3545'}]
        },
        options: {responsive: true, maintainAspectRatio: false, plugins: {legend: {display: false}}, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
});
