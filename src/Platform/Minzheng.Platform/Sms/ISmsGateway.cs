namespace Minzheng.Platform.Sms;

/// <summary>One text message for the gateway: the number, the whole text, and the provider template with its parameters.</summary>
public sealed record SmsRequest(string Phone, string Text, string Template, IReadOnlyDictionary<string, string> Parameters);

/// <summary>
/// The SMS gateway the platform sends through. <see cref="Connected"/> is false on the embedded default: messages then
/// stay in each module's outbox, where the system administrator can read them (the demo's one-time codes).
/// </summary>
public interface ISmsGateway
{
    bool Connected { get; }

    /// <summary>Sends one message; throws <see cref="SmsGatewayException"/> when the gateway refuses it or cannot be reached.</summary>
    Task SendAsync(SmsRequest message, CancellationToken ct = default);
}

/// <summary>The gateway did not accept a message; the text says why, for the outbox page (never the number or the text).</summary>
public sealed class SmsGatewayException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>No gateway configured (Sms:Gateway:Url empty): nothing is sent.</summary>
internal sealed class NoSmsGateway : ISmsGateway
{
    public bool Connected => false;

    public Task SendAsync(SmsRequest message, CancellationToken ct = default) =>
        throw new SmsGatewayException("未接入短信网关（Sms:Gateway:Url 未配置）");
}
