// The reconnect box of App.razor: Blazor sets its classes and raises components-reconnect-state-changed; the buttons
// here ask it to try again. A circuit the server no longer knows (restarted host) cannot come back: reload the page.
(function () {
    var modal = document.getElementById('components-reconnect-modal');
    if (!modal) {
        return;
    }

    modal.addEventListener('components-reconnect-state-changed', function (e) {
        if (e.detail && e.detail.state === 'rejected') {
            location.reload();
        }
    });

    async function retry() {
        try {
            if (!(await Blazor.reconnect())) {
                // Reached the server, which no longer has this page's state: start again from the address.
                if (!(await Blazor.resumeCircuit())) {
                    location.reload();
                }
            }
        } catch {
            // Still offline: Blazor shows the failed state again.
        }
    }

    async function resume() {
        try {
            if (!(await Blazor.resumeCircuit())) {
                location.reload();
            }
        } catch {
            modal.classList.add('components-reconnect-resume-failed');
        }
    }

    document.getElementById('components-reconnect-button').addEventListener('click', retry);
    document.getElementById('components-resume-button').addEventListener('click', resume);
    // Back from another tab or a sleeping laptop: try at once rather than waiting for the next attempt.
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && modal.classList.contains('components-reconnect-failed')) {
            retry();
        }
    });
})();
