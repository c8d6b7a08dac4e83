namespace Minzheng.Assistance.Domain.Online;

/// <summary>
/// A text message waiting for the SMS gateway (an outbox: no gateway is connected here, and nothing is sent from this
/// table by the platform itself). The number and the text (which carries a one-time code) are kept encrypted (SM4, the
/// field key): the gateway decrypts them as it sends; the number is also masked for lists.
/// </summary>
internal sealed class SmsMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string PhoneCipher { get; set; } = string.Empty;

    public string PhoneMasked { get; set; } = string.Empty;

    public string TextCipher { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }
}
