namespace Minzheng.Bench.Matching;

/// <summary>MATCHING.md's scale tiers: monitored people and feed rows.</summary>
internal sealed record Tier(string Name, int Monitored, int FeedRows)
{
    public static Tier Parse(string name) => name switch
    {
        "district" => new(name, 10_000, 200_000),
        "city" => new(name, 300_000, 2_000_000),
        "province" => new(name, 3_500_000, 21_000_000),
        "tiny" => new(name, 1_000, 20_000),
        _ => throw new ArgumentException($"unknown tier '{name}': district, city or province"),
    };
}
