using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minzheng.Platform.Outbox;

public enum DeadLetterStatus
{
    /// <summary>Failed; the subscriber waits and tries again (it does not pass the event: order is kept).</summary>
    Retrying,

    /// <summary>Failed too often: set aside so later events flow; the system administrator retries it by hand.</summary>
    Dead,

    /// <summary>Handled after all (by a later retry).</summary>
    Resolved,
}

/// <summary>An event a subscriber failed to handle: its attempts, the last error, and when it is tried next.</summary>
public sealed class DeadLetter
{
    public Guid Id { get; set; }

    public string Subscriber { get; set; } = string.Empty;

    public long OutboxId { get; set; }

    public long TransactionId { get; set; }

    public string EventType { get; set; } = string.Empty;

    public DeadLetterStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>The exception's type and message (never the payload: it may name records).</summary>
    public string LastError { get; set; } = string.Empty;

    public DateTime FirstFailedAtUtc { get; set; }

    public DateTime LastFailedAtUtc { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }

    public string? ResolvedBy { get; set; }
}

internal sealed class DeadLetterConfiguration : IEntityTypeConfiguration<DeadLetter>
{
    public void Configure(EntityTypeBuilder<DeadLetter> builder)
    {
        builder.ToTable("platform_dead_letters");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Subscriber).HasMaxLength(60);
        builder.Property(d => d.EventType).HasMaxLength(60);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.Property(d => d.ResolvedBy).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => new { d.Subscriber, d.OutboxId }).IsUnique();
        builder.HasIndex(d => d.Status);
    }
}
