using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minzheng.Platform.Outbox;

/// <summary>
/// An event a subscriber has handled, written in the same transaction as the subscriber's own changes: a second
/// delivery (a retry after a crash, another host) finds it and changes nothing.
/// </summary>
public sealed class InboxEntry
{
    public string Subscriber { get; set; } = string.Empty;

    public long OutboxId { get; set; }

    public DateTime HandledAtUtc { get; set; }
}

internal sealed class InboxEntryConfiguration : IEntityTypeConfiguration<InboxEntry>
{
    public void Configure(EntityTypeBuilder<InboxEntry> builder)
    {
        builder.ToTable("platform_inbox");
        builder.HasKey(i => new { i.Subscriber, i.OutboxId });
        builder.Property(i => i.Subscriber).HasMaxLength(60);
    }
}
