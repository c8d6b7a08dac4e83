namespace Minzheng.Assistance.Domain.Online;

/// <summary>
/// A text message in social assistance's outbox, sent by <c>SmsSender</c> through the platform's gateway and retried
/// with growing delays when the gateway refuses it. The number, the text and the template parameters (which carry a
/// one-time code) are kept encrypted (SM4, the field key); the number is also masked for the outbox page.
/// </summary>
internal sealed class SmsMessage
{
    /// <summary>Attempts before a message is set aside as failed (the outbox page can send it again).</summary>
    public const int MaxAttempts = 6;

    public Guid Id { get; set; } = Guid.NewGuid();

    public string PhoneCipher { get; set; } = string.Empty;

    public string PhoneMasked { get; set; } = string.Empty;

    public string TextCipher { get; set; } = string.Empty;

    /// <summary>The kind of message, mapped to the provider's template id (<c>Sms:Gateway:Templates</c>).</summary>
    public string Template { get; set; } = string.Empty;

    /// <summary>The template's parameters as encrypted JSON ({"code":"…","minutes":"10"}).</summary>
    public string ParamsCipher { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAtUtc { get; set; }

    /// <summary>The gateway's last refusal, in its words (never the number or the text).</summary>
    public string? LastError { get; set; }

    /// <summary>Set after <see cref="MaxAttempts"/> refusals: no longer sent until someone asks again.</summary>
    public DateTime? GaveUpAtUtc { get; set; }

    /// <summary>A sender that took the message holds it until then, so two hosts never send it twice.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>The delay before the next attempt after <paramref name="attempts"/> refusals: 30 s, 2, 10, 30 minutes, 2 hours.</summary>
    public static TimeSpan Backoff(int attempts) => attempts switch
    {
        <= 1 => TimeSpan.FromSeconds(30),
        2 => TimeSpan.FromMinutes(2),
        3 => TimeSpan.FromMinutes(10),
        4 => TimeSpan.FromMinutes(30),
        _ => TimeSpan.FromHours(2),
    };
}
