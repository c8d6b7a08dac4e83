using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Minzheng.Platform.Access;

namespace Minzheng.Web.Account;

/// <summary>
/// Gives each circuit's scoped <see cref="CurrentUser"/> the signed-in principal, and counts every inbound
/// circuit event as session activity (the documented way to reach the user from circuit services). An event of a
/// session that has ended, or whose account has changed since sign-in, is not run: the page goes to the login.
/// </summary>
internal sealed class UserCircuitHandler(AuthenticationStateProvider auth, CurrentUser user, SessionRegistry sessions, SessionValidity validity, CircuitSessionEnd end,
    IHttpContextAccessor http)
    : CircuitHandler, IDisposable
{
    private ClaimsPrincipal? _principal;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        auth.AuthenticationStateChanged += OnChanged;
        user.SetCircuitAddress(http.HttpContext?.Connection.RemoteIpAddress?.ToString()); // the circuit's connection, for the audit
        return base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            _principal ??= (await auth.GetAuthenticationStateAsync()).User;
            user.SetCircuitPrincipal(_principal);
            var sessionId = _principal.FindFirstValue(MzClaimTypes.SessionId);
            if (_principal.Identity?.IsAuthenticated == true && (!sessions.Touch(sessionId) || !await validity.IsCurrentAsync(_principal)))
            {
                // The account changed (password, reset, 停用, lockout) or the session ended: this circuit acts no more.
                sessions.End(sessionId);
                end.Raise("ended");
                return;
            }

            await next(context);
        };

    private void OnChanged(Task<AuthenticationState> task) =>
        _ = task.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
            {
                _principal = t.Result.User;
                user.SetCircuitPrincipal(_principal);
            }
        }, TaskScheduler.Default);

    public void Dispose() => auth.AuthenticationStateChanged -= OnChanged;
}
