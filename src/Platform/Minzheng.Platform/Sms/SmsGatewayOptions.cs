namespace Minzheng.Platform.Sms;

/// <summary>
/// The HTTP gateway of a Chinese SMS provider (or the bureau's relay to one), from configuration <c>Sms:Gateway</c>:
/// its address, the account and secret it issued, the registered signature (签名) and one template id (模板) per kind
/// of message. docs/operations.md shows the request it receives.
/// </summary>
public sealed class SmsGatewayOptions
{
    public string? Url { get; set; }

    public string? Account { get; set; }

    public string? Secret { get; set; }

    /// <summary>The provider-registered signature shown as 【签名】 at the head of each message.</summary>
    public string Signature { get; set; } = "智慧民政";

    /// <summary>Template id per message kind (<c>online-code</c> …); a kind without one is sent with its template name.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>Where the provider answers 2xx even for a refusal: the JSON property to read, and the value that means sent.</summary>
    public string? SuccessField { get; set; }

    public string? SuccessValue { get; set; }

    public int TimeoutSeconds { get; set; } = 10;
}
