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
            population = MonitoredPopulation.Read(source, Path.GetFileName(monitoredPath), rejects, out monitoredCount, new FileInfo(monitoredPath).Length);
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

        // Largest kinds first, handed out one at a time, so two threads finish together.
        var partitioner = System.Collections.Concurrent.Partitioner.Create(byKind, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        try
        {
            Parallel.ForEach(partitioner, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, group =>
            {
                var (kindRejects, counts) = perKind[group.Key];
                foreach (var feed in group)
                {
                    using var source = RowSources.Open(feed.Path, progress);
                    counts.Add(Process(feed.Kind, source, Path.GetFileName(feed.Path), population, state, kindRejects));
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<Csv.FeedFileException>().FirstOrDefault() is { } bad)
        {
            // A file found broken part-way (an unclosed quote, an over-long line) still rejects the whole run, by name.
            throw bad;
        }

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

        state.Certificates.Add((household, certificate));
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
        public readonly List<(int Household, string Certificate)> Certificates = [];
        public readonly long[] Medical = new long[households];
        public readonly bool[] MedicalSeen = new bool[households];

        public List<Finding> Findings(MonitoredPopulation population, MatchRules rules)
        {
            // Ordered by household (as the monitored file first names it), person (file order, the household's own
            // findings first) and rule; sorted as integers, turned into text once.
            var found = new List<(int Household, int Person, int Rule, long Value)>();
            for (var p = 0; p < Death.Length; p++)
            {
                var h = population.HouseholdOf(p);
                if (Death[p] != int.MaxValue)
                {
                    found.Add((h, p, 0, Death[p]));
                }

                if (Vehicle[p] >= 0)
                {
                    found.Add((h, p, 1, Vehicle[p]));
                }

                if (BusinessActive[p])
                {
                    found.Add((h, p, 2, Business[p]));
                }
            }

            Certificates.Sort((a, b) => a.Household != b.Household ? a.Household.CompareTo(b.Household) : string.CompareOrdinal(a.Certificate, b.Certificate));
            for (var i = 0; i < Certificates.Count;)
            {
                var h = Certificates[i].Household;
                var distinct = 0;
                string? last = null;
                for (; i < Certificates.Count && Certificates[i].Household == h; i++)
                {
                    if (!string.Equals(last, Certificates[i].Certificate, StringComparison.Ordinal))
                    {
                        distinct++;
                        last = Certificates[i].Certificate;
                    }
                }

                if (distinct >= rules.PropertyCount)
                {
                    found.Add((h, -1, 3, distinct));
                }
            }

            for (var h = 0; h < Medical.Length; h++)
            {
                if (MedicalSeen[h] && Medical[h] > rules.MedicalLimitFen)
                {
                    found.Add((h, -1, 4, Medical[h]));
                }
            }

            found.Sort();
            var findings = new List<Finding>(found.Count);
            foreach (var (h, p, rule, value) in found)
            {
                var text = rule switch
                {
                    0 => DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    3 => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => FieldValues.FormatFen(value),
                };
                findings.Add(new Finding(population.HouseholdId(h), p < 0 ? string.Empty : IdKey.Format(population.KeyOf(p)), MatchRules.RuleNames[rule], text));
            }

            return findings;
        }
    }
}
