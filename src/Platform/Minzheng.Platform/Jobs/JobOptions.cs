namespace Minzheng.Platform.Jobs;

/// <summary>Jobs:* in configuration.</summary>
public sealed class JobOptions
{
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How often an idle worker looks for queued jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a host's hold on a job lasts without renewal; renewed every third of it while the job runs.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>This host's name on the leases it holds.</summary>
    public string Owner { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
}
