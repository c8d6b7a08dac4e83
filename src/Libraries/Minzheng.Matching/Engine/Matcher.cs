using System.Text;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Keys;

namespace Minzheng.Matching.Engine;

/// <summary>A feed file to stream, of a kind.</summary>
public sealed record FeedInput(FeedKind Kind, string Path);

/// <summary>Everything a run gave: findings (sorted), rejected rows, and per-file counts.</summary>
public sealed record MatchResult(IReadOnlyList<Finding> Findings, IReadOnlyList<RejectedRow> Rejects, IReadOnlyList<FileCount> Files);

/// <summary>
/// The batch matching engine of MATCHING.md: the monitored set in memory, every feed streamed once, feeds of different
/// kinds in parallel (each kind owns its accumulators, so no locks), findings assembled at the end.
/// </summary>
public sealed class Matcher(MatchRules rules, DateOnly asOf, int threads = 2)
{
    private readonly byte[] _active = Encoding.UTF8.GetBytes(rules.ActiveStatus);

    public MatchResult Run(string monitoredPath, IReadOnlyList<FeedInput> feeds, IProgress<long>? progress = null)
    {
        var rejects = new List<RejectedRow>();
        MonitoredPopulation population;
        FileCount monitoredCount;
        using (var source = RowSources.Open(monitoredPath, progress))
        {
            population = MonitoredPopulation.Read(source, Path.GetFileName(monitoredPath), rejects, out monitoredCount);
        }

        return Run(population, monitoredCount, rejects, feeds, progress);
    }

    public MatchResult Run(MonitoredPopulation population, FileCount? monitoredCount, List<RejectedRow> rejects, IReadOnlyList<FeedInput> feeds, IProgress<long>? progress = null)
    {
        // Every file is opened (and its header checked) before any work: a bad file rejects the run, not half of it.
        foreach (var feed in feeds)
        {
            using var probe = RowSources.Open(feed.Path);
            FeedSchemas.Columns(probe, Path.GetFileName(feed.Path), FeedSchemas.Required[feed.Kind]);
        }

        var state = new Accumulators(population.Count, population.HouseholdCount);
        var byKind = feeds.GroupBy(f => f.Kind).OrderByDescending(g => g.Sum(f => new FileInfo(f.Path).Length)).ToList();
        var perKind = new Dictionary<FeedKind, (List<RejectedRow> Rejects, List<FileCount> Counts)>();
        foreach (var group in byKind)
        {
            perKind[group.Key] = ([], []);
        }

        Parallel.ForEach(byKind, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, group =>
        {
            var (kindRejects, counts) = perKind[group.Key];
            foreach (var feed in group)
            {
                using var source = RowSources.Open(feed.Path, progress);
                counts.Add(Process(feed.Kind, source, Path.GetFileName(feed.Path), population, state, kindRejects));
            }
        });

        var files = new List<FileCount>();
        if (monitoredCount is not null)
        {
            files.Add(monitoredCount);
        }

        foreach (var group in byKind.OrderBy(g => g.Key))
        {
            rejects.AddRange(perKind[group.Key].Rejects);
            files.AddRange(perKind[group.Key].Counts);
        }

        return new MatchResult(state.Findings(population, rules), rejects, files);
    }

    private FileCount Process(FeedKind kind, IRowSource source, string file, MonitoredPopulation population, Accumulators state, List<RejectedRow> rejects)
    {
        var c = FeedSchemas.Columns(source, file, FeedSchemas.Required[kind]);
        long rows = 0, rejected = 0;
        var windowStart = asOf.AddYears(-1);
        while (source.Read())
        {
            rows++;
            if (!IdKey.TryPack(source.Field(c[0]), out var key, out var reason))
            {
                rejected++;
                rejects.Add(new RejectedRow(file, source.LineNumber, reason!));
                continue;
            }

            if (!population.TryFind(key, out var person))
            {
                continue; // not monitored: ignored
            }

            reason = kind switch
            {
                FeedKind.Deaths => Death(source, c, person, state),
                FeedKind.Vehicles => Vehicle(source, c, person, state),
                FeedKind.Business => Business(source, c, person, state),
                FeedKind.Property => Property(source, c, population.HouseholdOf(person), state),
                _ => Medical(source, c, population.HouseholdOf(person), state, windowStart, asOf),
            };
            if (reason is not null)
            {
                rejected++;
                rejects.Add(new RejectedRow(file, source.LineNumber, reason));
            }
        }

        return new FileCount(file, kind.Name(), rows, rejected);
    }

    private static string? Death(IRowSource source, int[] c, int person, Accumulators state)
    {
        if (!FieldValues.TryParseDate(source.Field(c[1]), out var date))
        {
            return "death_date 不是 YYYY-MM-DD 日期";
        }

        if (date.DayNumber < state.Death[person])
        {
            state.Death[person] = date.DayNumber;
        }

        return null;
    }

    private string? Vehicle(IRowSource source, int[] c, int person, Accumulators state)
    {
        if (!FieldValues.TryParseFen(source.Field(c[3]), out var fen))
        {
            return "value_yuan 不是金额（元，最多两位小数）";
        }

        if (fen > rules.VehicleLimitFen && fen > state.Vehicle[person])
        {
            state.Vehicle[person] = fen;
        }

        return null;
    }

    private string? Business(IRowSource source, int[] c, int person, Accumulators state)
    {
        if (!FieldValues.TryParseFen(source.Field(c[3]), out var fen))
        {
            return "registered_capital_yuan 不是金额（元，最多两位小数）";
        }

        if (source.Field(c[4]).Trim((byte)' ').SequenceEqual(_active))
        {
            state.BusinessActive[person] = true;
            state.Business[person] += fen;
        }

        return null;
    }

    private static string? Property(IRowSource source, int[] c, int household, Accumulators state)
    {
        var certificate = Encoding.UTF8.GetString(source.Field(c[1]).Trim((byte)' '));
        if (certificate.Length == 0)
        {
            return "certificate_no 为空";
        }

        if (!state.Certificates.TryGetValue(household, out var set))
        {
            state.Certificates[household] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(certificate);
        return null;
    }

    private static string? Medical(IRowSource source, int[] c, int household, Accumulators state, DateOnly windowStart, DateOnly asOf)
    {
        if (!FieldValues.TryParseDate(source.Field(c[1]), out var settled))
        {
            return "settled_on 不是 YYYY-MM-DD 日期";
        }

        if (!FieldValues.TryParseFen(source.Field(c[3]), out var fen))
        {
            return "out_of_pocket_yuan 不是金额（元，最多两位小数）";
        }

        if (settled > windowStart && settled <= asOf)
        {
            state.Medical[household] += fen;
            state.MedicalSeen[household] = true;
        }

        return null;
    }

    /// <summary>Per-person and per-household running values; each array is written by the one task that reads its feed kind.</summary>
    private sealed class Accumulators(int persons, int households)
    {
        public readonly int[] Death = Enumerable.Repeat(int.MaxValue, persons).ToArray();
        public readonly long[] Vehicle = Enumerable.Repeat(-1L, persons).ToArray();
        public readonly long[] Business = new long[persons];
        public readonly bool[] BusinessActive = new bool[persons];
        public readonly Dictionary<int, HashSet<string>> Certificates = [];
        public readonly long[] Medical = new long[households];
        public readonly bool[] MedicalSeen = new bool[households];

        public List<Finding> Findings(MonitoredPopulation population, MatchRules rules)
        {
            var findings = new List<Finding>();
            for (var p = 0; p < population.Count; p++)
            {
                var household = population.HouseholdId(population.HouseholdOf(p));
                if (Death[p] != int.MaxValue)
                {
                    findings.Add(new Finding(household, IdKey.Format(population.KeyOf(p)), "deceased", DateOnly.FromDayNumber(Death[p]).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                }

                if (Vehicle[p] >= 0)
                {
                    findings.Add(new Finding(household, IdKey.Format(population.KeyOf(p)), "vehicle_over_limit", FieldValues.FormatFen(Vehicle[p])));
                }

                if (BusinessActive[p])
                {
                    findings.Add(new Finding(household, IdKey.Format(population.KeyOf(p)), "business_owner", FieldValues.FormatFen(Business[p])));
                }
            }

            foreach (var (h, set) in Certificates)
            {
                if (set.Count >= rules.PropertyCount)
                {
                    findings.Add(new Finding(population.HouseholdId(h), string.Empty, "property_over_limit", set.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            for (var h = 0; h < Medical.Length; h++)
            {
                if (MedicalSeen[h] && Medical[h] > rules.MedicalLimitFen)
                {
                    findings.Add(new Finding(population.HouseholdId(h), string.Empty, "medical_burden", FieldValues.FormatFen(Medical[h])));
                }
            }

            findings.Sort((a, b) =>
            {
                var c = string.CompareOrdinal(a.HouseholdId, b.HouseholdId);
                c = c != 0 ? c : string.CompareOrdinal(a.IdNumber, b.IdNumber);
                return c != 0 ? c : string.CompareOrdinal(a.Rule, b.Rule);
            });
            return findings;
        }
    }
}
