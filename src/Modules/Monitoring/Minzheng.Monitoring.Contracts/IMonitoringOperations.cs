namespace Minzheng.Monitoring.Contracts;

/// <summary>What an operator runs against low-income monitoring from a host (`mz monitor upload|run`), as the system user.</summary>
public interface IMonitoringOperations
{
    /// <summary>Checks every row of a partner department's feed (CSV or XLSX) and stores it as the kind's next version, whole or not at all.</summary>
    Task<FeedStored> UploadAsync(string kind, string path, CancellationToken ct = default);

    /// <summary>Starts (or restarts) the month's match and does it here, reporting percent done.</summary>
    Task<MonthlyRunDone> RunAsync(string period, DateOnly? asOf, IProgress<int>? progress, CancellationToken ct = default);

    /// <summary>Removes the content of feed versions past the retention period (each kind's latest kept); names what it removed.</summary>
    Task<IReadOnlyList<string>> PurgeFeedsAsync(CancellationToken ct = default);
}

/// <summary>A stored feed version; <paramref name="Duplicate"/> when the same file was already that version.</summary>
public sealed record FeedStored(Guid Id, string Kind, int Version, long Rows, string Sm3, bool Duplicate);

/// <summary>A finished monthly run: who was monitored, what was found, how many alerts are new.</summary>
public sealed record MonthlyRunDone(Guid Id, string Period, DateOnly AsOf, int Attempts, int Monitored, int Households, int Findings, int AlertsCreated);
