namespace Minzheng.Monitoring.Domain;

internal enum RunStatus
{
    Running,
    Completed,
    Failed,
}

/// <summary>
/// The monthly batch for one period (2022-12). One row per period: running it again (after a crash, or after new feeds)
/// reuses the row and adds only the alerts that are not there yet.
/// </summary>
internal sealed class MatchRun
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>YYYY-MM.</summary>
    public string Period { get; set; } = string.Empty;

    public DateOnly AsOf { get; set; }

    public RunStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>0–100, updated while the feeds are read.</summary>
    public int Progress { get; set; }

    public string Stage { get; set; } = string.Empty;

    public int Monitored { get; set; }

    public int Households { get; set; }

    public int Findings { get; set; }

    public int AlertsCreated { get; set; }

    /// <summary>The feed versions read: kind → version and SM3 (JSON).</summary>
    public string FeedsJson { get; set; } = "[]";

    public string? Error { get; set; }

    public string StartedBy { get; set; } = string.Empty;

    public DateTime StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }
}
