using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minzheng.Platform.Outbox;

/// <summary>How far one reader of the outbox (a subscriber, the ledger) has come: its <see cref="OutboxPosition"/>.</summary>
public sealed class SubscriptionCheckpoint
{
    public string Name { get; set; } = string.Empty;

    public long TransactionId { get; set; }

    public long OutboxId { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public OutboxPosition Position => new(TransactionId, OutboxId);
}

internal sealed class SubscriptionCheckpointConfiguration : IEntityTypeConfiguration<SubscriptionCheckpoint>
{
    public void Configure(EntityTypeBuilder<SubscriptionCheckpoint> builder)
    {
        builder.ToTable("platform_subscriptions");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(60);
        builder.Ignore(c => c.Position);
    }
}
