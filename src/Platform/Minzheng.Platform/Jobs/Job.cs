using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minzheng.Platform.Jobs;

public enum JobStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// Background work a user started (a payroll, a monthly match), queued in the database in the same transaction as the
/// run it works on (ADR 0010): a restarted host, or another host, takes it up. A host works a job under a lease (owner,
/// expiry) that it renews while working; a job whose lease ran out (its host died) is taken again, never two at once.
/// </summary>
public sealed class Job
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Which worker takes it ("payroll", "match").</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The run it works on (a PayrollRun, a MatchRun), which records its own progress and outcome.</summary>
    public Guid RunId { get; set; }

    public string StartedBy { get; set; } = string.Empty;

    public JobStatus Status { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAtUtc { get; set; }

    /// <summary>How many times a host took it (more than one: a host died working on it).</summary>
    public int Attempts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public string? Error { get; set; }

    /// <summary>A job for <paramref name="runId"/>, to add with the run's own change (one transaction).</summary>
    public static Job Queue(string kind, Guid runId, string startedBy, DateTime nowUtc) =>
        new() { Kind = kind, RunId = runId, StartedBy = startedBy, Status = JobStatus.Queued, CreatedAtUtc = nowUtc };
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("platform_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Kind).HasMaxLength(40);
        builder.Property(j => j.StartedBy).HasMaxLength(100);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        builder.Property(j => j.Error).HasMaxLength(1000);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(j => new { j.Kind, j.Status, j.CreatedAtUtc });
    }
}
