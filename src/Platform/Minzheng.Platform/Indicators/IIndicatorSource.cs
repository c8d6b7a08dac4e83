namespace Minzheng.Platform.Indicators;

/// <summary>The platform hook a module implements (registered in its AddServices) to publish indicators from its own data.</summary>
public interface IIndicatorSource
{
    IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>One value per requested region code, each over everything under that code.</summary>
    Task<IReadOnlyList<IndicatorValue>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default);
}
