namespace Minzheng.Platform.Outbox;

/// <summary>
/// Where a reader of the outbox stands: (writing transaction, id), the order <see cref="OutboxFeed"/> hands rows out in.
/// Every row at or before a reader's position has been read; every row after it is still to come.
/// </summary>
public readonly record struct OutboxPosition(long TransactionId, long Id) : IComparable<OutboxPosition>
{
    public static readonly OutboxPosition Start = new(0, 0);

    public int CompareTo(OutboxPosition other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : Id.CompareTo(other.Id);

    public static bool operator <(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) < 0;

    public static bool operator >(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) > 0;

    public static bool operator <=(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) <= 0;

    public static bool operator >=(OutboxPosition a, OutboxPosition b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{TransactionId}:{Id}";
}

/// <summary>One outbox row as a reader gets it.</summary>
public sealed record OutboxEnvelope(OutboxPosition Position, string EventType, string Payload)
{
    public long Id => Position.Id;
}
