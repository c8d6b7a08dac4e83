using System.Globalization;
using System.Text;
using Minzheng.Kernel.Identity;
using Minzheng.Matching.Engine;

namespace Minzheng.UnitTests.Matching;

/// <summary>
/// The engine against a plain LINQ reading of MATCHING.md on random files full of edge cases (values on the
/// thresholds, dates on the window's ends, invalid and lowercase-x ID numbers, co-owned property, repeated people).
/// </summary>
public sealed class MatcherEquivalenceTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2022, 12, 31);
    private readonly MatchFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_engine_finds_what_a_plain_reading_of_the_rules_finds(int seed)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, 1500).Select(i => MatchFiles.Id(i * 7 + seed, wantX: i % 50 == 0)).Distinct().ToList();
        string Someone() => random.Next(20) == 0 ? Invalid() : Case(people[random.Next(people.Count)]);
        string Case(string id) => random.Next(3) == 0 ? id.ToLowerInvariant() : id;
        string Invalid() => random.Next(2) == 0 ? "43040819800230001X" : people[0][..17] + (people[0][17] == '1' ? '2' : '1');
        string Money(params string[] special) => random.Next(4) == 0 ? special[random.Next(special.Length)] : (random.Next(1, 12_000_000) / 100m).ToString("0.##", CultureInfo.InvariantCulture);
        string Day() => random.Next(4) == 0 ? (random.Next(2) == 0 ? "2021-12-31" : "2022-12-31") : AsOf.AddDays(-random.Next(0, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var monitored = new StringBuilder("id_number,household_id,programme,region_code\n");
        foreach (var (id, i) in people.Take(1000).Select((p, i) => (p, i)))
        {
            monitored.Append(CultureInfo.InvariantCulture, $"{Case(id)},H{i / 3},dibao,430408001001\n");
        }

        monitored.Append(CultureInfo.InvariantCulture, $"{people[5]},H999,dibao,430408001001\n{Invalid()},H998,dibao,430408001001\n");
        var deaths = Rows("id_number,death_date", 400, () => $"{Someone()},{Day()}");
        var vehicles = Rows("owner_id_number,plate,vehicle_type,value_yuan", 1500, () => $"{Someone()},湘D,car,{Money("50000", "50000.00", "50000.01", "49999.99")}");
        var business = Rows("legal_rep_id_number,credit_code,name,registered_capital_yuan,status", 1200,
            () => $"{Someone()},91350100M000100Y43,店,{Money("0", "1.5")},{(random.Next(3) == 0 ? "revoked" : "active")}");
        var property = Rows("owner_id_number,certificate_no,area_m2", 2000, () => $"{Someone()},P{random.Next(900)},80");
        var medical = Rows("id_number,settled_on,total_yuan,out_of_pocket_yuan", 3000, () => $"{Someone()},{Day()},1,{Money("20000", "20000.00", "6666.67")}");

        var files = new Dictionary<string, string>
        {
            ["monitored"] = _files.Write($"m{seed}.csv", monitored.ToString()),
            ["deaths"] = _files.Write($"d{seed}.csv", deaths),
            ["vehicles"] = _files.Write($"v{seed}.csv", vehicles),
            ["business"] = _files.Write($"b{seed}.csv", business),
            ["property"] = _files.Write($"p{seed}.csv", property),
            ["medical"] = _files.Write($"md{seed}.csv", medical),
        };
        var feeds = files.Where(f => f.Key != "monitored").Select(f => new FeedInput(FeedSchemas.Parse(f.Key), f.Value)).ToList();
        var engine = new Matcher(new MatchRules(), AsOf, threads: 2).Run(files["monitored"], feeds).Findings;
        var reference = Reference(files);
        Assert.True(reference.Count > 100, $"only {reference.Count} findings: the data should exercise every rule");
        Assert.Equal(MatchRules.RuleNames.Order(), reference.Select(f => f.Rule).Distinct().Order());
        Assert.Equal(reference.OrderBy(f => f.ToString(), StringComparer.Ordinal), engine.OrderBy(f => f.ToString(), StringComparer.Ordinal));

        string Rows(string header, int count, Func<string> row) =>
            header + "\n" + string.Join("\n", Enumerable.Range(0, count).Select(_ => row())) + "\n";
    }

    /// <summary>MATCHING.md read as plainly as possible: split lines, LINQ over the rows.</summary>
    private static List<Finding> Reference(Dictionary<string, string> files)
    {
        static List<string[]> Load(string path) => File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        static string? Valid(string id)
        {
            id = id.ToUpperInvariant();
            return id.Length == 18 && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] == 'X')
                && DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && IdNumber.ComputeCheckCharacter(id) == id[17] ? id : null;
        }

        static decimal Yuan(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        static DateOnly Date(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Fmt(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

        var household = new Dictionary<string, string>();
        foreach (var row in Load(files["monitored"]))
        {
            if (Valid(row[0]) is { } id)
            {
                household.TryAdd(id, row[1]);
            }
        }

        IEnumerable<(string Id, string[] Row)> Mine(string feed) =>
            Load(files[feed]).Select(r => (Id: Valid(r[0]), Row: r)).Where(x => x.Id is not null && household.ContainsKey(x.Id)).Select(x => (x.Id!, x.Row));

        var findings = new List<Finding>();
        findings.AddRange(Mine("deaths").GroupBy(x => x.Id).Select(g => new Finding(household[g.Key], g.Key, "deceased", g.Min(x => Date(x.Row[1])).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        findings.AddRange(Mine("vehicles").Where(x => Yuan(x.Row[3]) > 50000m).GroupBy(x => x.Id).Select(g => new Finding(household[g.Key], g.Key, "vehicle_over_limit", Fmt(g.Max(x => Yuan(x.Row[3]))))));
        findings.AddRange(Mine("business").Where(x => x.Row[4] == "active").GroupBy(x => x.Id).Select(g => new Finding(household[g.Key], g.Key, "business_owner", Fmt(g.Sum(x => Yuan(x.Row[3]))))));
        findings.AddRange(Mine("property").GroupBy(x => household[x.Id]).Select(g => (g.Key, Count: g.Select(x => x.Row[1]).Distinct().Count()))
            .Where(x => x.Count >= 2).Select(x => new Finding(x.Key, string.Empty, "property_over_limit", x.Count.ToString(CultureInfo.InvariantCulture))));
        findings.AddRange(Mine("medical").Where(x => Date(x.Row[1]) > AsOf.AddYears(-1) && Date(x.Row[1]) <= AsOf).GroupBy(x => household[x.Id])
            .Select(g => (g.Key, Sum: g.Sum(x => Yuan(x.Row[3])))).Where(x => x.Sum > 20000m).Select(x => new Finding(x.Key, string.Empty, "medical_burden", Fmt(x.Sum))));
        return findings;
    }
}
