using System.Buffers;
using System.Text;
using System.Text.Json;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Platform.Outbox;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>
/// An approved payment as a ledger event ("assistance.payment"): amount, attempt, the beneficiary's commitment (never the
/// person), case, month, payment, programme and town, keys in ordinal order. Written with one reused JSON writer per
/// thread: a province's approval writes millions, and building a dictionary for each cost as much as its commitment.
/// </summary>
internal static class PaymentEvent
{
    public const string Type = "assistance.payment";

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? cached;

    /// <summary>Names the payment and its attempt: a re-issued payment is a new event, the same approval twice is not.</summary>
    public static string Key(Payment p) => $"{Type}:{p.Id}:{p.Attempt}";

    public static OutboxMessage Message(Payment p, string town, DateTime now) => new()
    {
        EventType = Type,
        IdempotencyKey = Key(p),
        CreatedAtUtc = now,
        Payload = Payload(p, town),
    };

    public static string Payload(Payment p, string town)
    {
        cached ??= NewWriter();
        var (buffer, json) = cached.Value;
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteNumber("amountFen", p.AmountFen);
        json.WriteNumber("attempt", p.Attempt);
        json.WriteString("beneficiary", p.Commitment);
        json.WriteString("case", p.CaseNumber);
        json.WriteString("month", p.Month);
        json.WriteString("payment", p.Id.ToString("N"));
        json.WriteString("programme", p.Programme);
        json.WriteString("town", town);
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        return (buffer, new Utf8JsonWriter(buffer));
    }
}
