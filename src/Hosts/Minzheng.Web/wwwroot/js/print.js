// Print buttons (data-print): the CSP forbids inline handlers such as type="button" data-print, so one delegated listener.
document.addEventListener('click', function (e) {
    if (e.target instanceof Element && e.target.closest('[data-print]')) {
        window.print();
    }
});
