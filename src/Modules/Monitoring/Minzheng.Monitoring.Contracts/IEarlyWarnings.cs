namespace Minzheng.Monitoring.Contracts;

/// <summary>An early warning about a household (a heavy medical burden), as found and not yet closed by the town.</summary>
public sealed record EarlyWarning(Guid HouseholdId, string RegionCode, string Finding);

/// <summary>Monitoring's early warnings as the 漏保 screening reads them, through monitoring's region filter.</summary>
public interface IEarlyWarnings
{
    /// <summary>Open (not closed) 支出型 early warnings under <paramref name="regionPrefix"/> (all the user sees when null), one per household.</summary>
    Task<IReadOnlyList<EarlyWarning>> OpenAsync(string? regionPrefix, CancellationToken ct = default);
}
