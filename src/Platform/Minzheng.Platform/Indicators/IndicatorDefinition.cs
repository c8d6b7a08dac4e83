namespace Minzheng.Platform.Indicators;

/// <summary>
/// A figure a module publishes for the work-plan dashboard. <paramref name="Regional"/> figures have a value per
/// town (and the district's is over all towns); the others exist for the district only.
/// </summary>
public sealed record IndicatorDefinition(string Key, string Name, string Unit, bool Regional, string Owner);

/// <summary>
/// The period a value is read for: flows (new beds, visits) count what happened from <see cref="From"/> to
/// <see cref="To"/> inclusive; levels (a standard, a coverage rate) are the value in force on <see cref="To"/>.
/// </summary>
public sealed record IndicatorPeriod(DateOnly From, DateOnly To);

/// <summary>An indicator's value for one region; null when the module has no data for it.</summary>
public sealed record IndicatorValue(string RegionCode, decimal? Value);
