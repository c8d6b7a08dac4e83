using System.Text;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Keys;

namespace Minzheng.Matching.Engine;

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
#pragma warning disable CA2000 // disposed by the using declaration; the analyzer loses track through the record's method
            using var probe = feed.Source();
#pragma warning restore CA2000
            FeedSchemas.Columns(probe, Path.GetFileName(feed.Path), FeedSchemas.Required[feed.Kind]);
        }

        var state = new MatchAccumulators(population.Count, population.HouseholdCount);
        var byKind = feeds.GroupBy(f => f.Kind).OrderByDescending(g => g.Sum(f => f.Size)).ToList();
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
                    using var source = feed.Source(progress);
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

    private FileCount Process(FeedKind kind, IRowSource source, string file, MonitoredPopulation population, MatchAccumulators state, List<RejectedRow> rejects)
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

    private static string? Death(IRowSource source, int[] c, int person, MatchAccumulators state)
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

    private string? Vehicle(IRowSource source, int[] c, int person, MatchAccumulators state)
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

    private string? Business(IRowSource source, int[] c, int person, MatchAccumulators state)
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

    private static string? Property(IRowSource source, int[] c, int household, MatchAccumulators state)
    {
        var certificate = Encoding.UTF8.GetString(source.Field(c[1]).Trim((byte)' '));
        if (certificate.Length == 0)
        {
            return "certificate_no 为空";
        }

        state.Certificates.Add((household, certificate));
        return null;
    }

    private static string? Medical(IRowSource source, int[] c, int household, MatchAccumulators state, DateOnly windowStart, DateOnly asOf)
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
}
