namespace Minzheng.Elderly.Contracts;

/// <summary>An elder whose records show a need: 失能 by their latest assessment, or 重度残疾 as recorded. No name, no ID number.</summary>
public sealed record ElderInNeed(Guid PersonId, string RegionCode, string Reason);

/// <summary>Elderly care's records as the 漏保 screening reads them, through elderly care's region filter.</summary>
public interface IEldersInNeed
{
    /// <summary>Elders under <paramref name="regionPrefix"/> (all the user sees when null) assessed at the levels counted as 失能, or recorded 重残.</summary>
    Task<IReadOnlyList<ElderInNeed>> DisabledAsync(string? regionPrefix, CancellationToken ct = default);
}
