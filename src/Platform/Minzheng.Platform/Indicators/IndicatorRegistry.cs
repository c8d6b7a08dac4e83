namespace Minzheng.Platform.Indicators;

/// <summary>Every indicator the running modules publish, by key.</summary>
public sealed class IndicatorRegistry
{
    private readonly Dictionary<string, (IndicatorDefinition Definition, IIndicatorSource Source)> _byKey = new(StringComparer.Ordinal);

    public IndicatorRegistry(IEnumerable<IIndicatorSource> sources)
    {
        foreach (var source in sources)
        {
            foreach (var definition in source.Indicators)
            {
                if (!_byKey.TryAdd(definition.Key, (definition, source)))
                {
                    throw new InvalidOperationException($"indicator key '{definition.Key}' is published twice");
                }
            }
        }
    }

    public IReadOnlyList<IndicatorDefinition> Definitions => _byKey.Values.Select(v => v.Definition).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();

    public IndicatorDefinition? Find(string key) => _byKey.TryGetValue(key, out var found) ? found.Definition : null;

    public async Task<IReadOnlyDictionary<string, decimal?>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default)
    {
        if (!_byKey.TryGetValue(key, out var found))
        {
            throw new KeyNotFoundException($"indicator '{key}' is not published by any module");
        }

        var values = await found.Source.ReadAsync(key, period, regionCodes, ct);
        return regionCodes.ToDictionary(c => c, c => values.FirstOrDefault(v => v.RegionCode == c)?.Value, StringComparer.Ordinal);
    }
}
