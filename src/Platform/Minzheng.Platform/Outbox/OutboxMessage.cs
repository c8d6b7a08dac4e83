using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minzheng.Platform.Outbox;

/// <summary>
/// An event a module publishes in the same transaction as the change that caused it (a payment, a service
/// delivered, a person who moved). Readers take it through <see cref="OutboxFeed"/>, which never skips a row
/// committed late; the idempotency key makes a re-run of the publishing step harmless.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>
    /// The writing transaction's id on PostgreSQL (filled in by the column's default, <c>pg_current_xact_id()</c>);
    /// 0 on SQLite, whose single writer commits ids in order. Readers order by (TransactionId, Id): see ADR 0007.
    /// </summary>
    public long TransactionId { get; set; }

    public string EventType { get; set; } = string.Empty;

    /// <summary>Canonical JSON. A public event holds no readable personal data (persons only as salted commitments).</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>
    /// An event between modules (it names records by their ids): handed to subscribers, never appended to the public
    /// ledger. Public events (the default) go to the ledger.
    /// </summary>
    public bool Internal { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>An internal event with its JSON payload, keyed so that publishing it twice is refused.</summary>
    public static OutboxMessage InternalEvent(string eventType, string idempotencyKey, object payload, DateTime nowUtc) => new()
    {
        EventType = eventType,
        Payload = System.Text.Json.JsonSerializer.Serialize(payload, OutboxJson.Options),
        Internal = true,
        IdempotencyKey = idempotencyKey,
        CreatedAtUtc = nowUtc,
    };
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("platform_outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.EventType).HasMaxLength(60);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(120);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();

        // 0 is also the "not set" value, so EF leaves the column to the database: on PostgreSQL its default is the
        // writing transaction's id (set by the migration, which the model cannot express).
        builder.Property(m => m.TransactionId).HasDefaultValue(0L);
        builder.Property(m => m.Internal).HasDefaultValue(false);

        // Subscribers read internal events by type; they are few, so the index is small.
        builder.HasIndex(m => new { m.EventType, m.TransactionId, m.Id }).HasDatabaseName("IX_platform_outbox_internal").HasFilter("\"Internal\"");
    }

    /// <summary>
    /// PostgreSQL only (its consolidated model): the writing transaction's id as the column's default, and the index
    /// readers walk in (transaction, id) order. SQLite's readers read the primary key's range (every TransactionId there
    /// is 0), where this index would only slow every insert and the append (measured).
    /// </summary>
    public static void Postgres(ModelBuilder builder)
    {
        var outbox = builder.Entity<OutboxMessage>();
        outbox.Property(m => m.TransactionId).HasDefaultValue(null).HasDefaultValueSql("(pg_current_xact_id()::text::bigint)");
        outbox.HasIndex(m => new { m.TransactionId, m.Id }).HasDatabaseName("IX_platform_outbox_position");
    }
}
