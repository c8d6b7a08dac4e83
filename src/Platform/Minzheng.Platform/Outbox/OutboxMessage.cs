using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minzheng.Platform.Outbox;

/// <summary>
/// An event a module publishes in the same transaction as the change that caused it (a payment, a service
/// delivered). Consumers such as the ledger read it in Id order; the idempotency key makes a re-run harmless.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public string EventType { get; set; } = string.Empty;

    /// <summary>Canonical JSON, with no readable personal data (persons only as salted commitments).</summary>
    public string Payload { get; set; } = string.Empty;

    public string IdempotencyKey { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
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
    }
}
