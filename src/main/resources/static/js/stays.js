// The hospital-stay confirmation list: the header checkbox chooses every listed claim or none.
document.addEventListener('DOMContentLoaded', function () {
    var all = document.getElementById('stay-select-all');
    if (!all) {
        return;
    }
    all.addEventListener('change', function () {
        document.querySelectorAll('input.stay-claim').forEach(function (box) {
            box.checked = all.checked;
        });
    });
});
