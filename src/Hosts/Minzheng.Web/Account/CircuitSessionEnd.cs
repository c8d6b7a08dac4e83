namespace Minzheng.Web.Account;

/// <summary>
/// Per circuit: raised when the circuit's session has ended (idle, or its account changed). The circuit handler runs
/// outside the renderer, so it only raises this; the layout's <c>IdleGuard</c> takes the page to the login.
/// </summary>
internal sealed class CircuitSessionEnd
{
    public event Action<string>? Ended;

    public void Raise(string reason) => Ended?.Invoke(reason);
}
