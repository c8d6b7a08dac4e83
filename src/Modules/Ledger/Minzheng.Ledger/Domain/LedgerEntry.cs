namespace Minzheng.Ledger.Domain;

/// <summary>One leaf of the log: an outbox event appended once, never changed. Leaf input = UTF-8 of "type\npayload".</summary>
internal sealed class LedgerEntry
{
    public long Index { get; set; }

    public long OutboxId { get; set; }

    public string EventType { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public byte[] LeafHash { get; set; } = [];

    public DateTime AppendedAtUtc { get; set; }

    public static byte[] LeafInput(string eventType, string payload) => System.Text.Encoding.UTF8.GetBytes(eventType + "\n" + payload);
}

/// <summary>The hash of a perfect subtree above the leaves (level ≥ 1), stored so that any proof needs O(log n) reads.</summary>
internal sealed class LedgerNode
{
    /// <summary>
    /// Subtrees of fewer than 16 leaves are not stored: a proof computes one from its leaf hashes (at most 8 + 4 + 2 leaves
    /// more in the same query, still O(log n) reads), and the append writes a sixteenth of a node row per entry instead of
    /// one — the stored rows were the append's cost.
    /// </summary>
    public const int LowestStoredLevel = 4;

    public int Level { get; set; }

    public long Position { get; set; }

    public byte[] Hash { get; set; } = [];
}

/// <summary>A signed tree head, with the witnesses' cosignatures as they arrive.</summary>
internal sealed class LedgerCheckpoint
{
    public long Id { get; set; }

    public long Size { get; set; }

    public byte[] Root { get; set; } = [];

    public DateTime TimeUtc { get; set; }

    /// <summary>The signed note (body, blank line, signature lines).</summary>
    public string Note { get; set; } = string.Empty;
}
