using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;
using Minzheng.Ledger.Domain;
using Minzheng.Merkle;
using Minzheng.Platform.Outbox;

namespace Minzheng.Ledger.Features.AppendEntries;

/// <summary>
/// Appends the public outbox events not yet in the log, in the gap-safe order of <see cref="OutboxFeed"/>, exactly once
/// (the outbox id is unique in the log; the ledger's checkpoint moves in the same transaction as the entries), and
/// stores every perfect subtree they complete; one transaction per batch. Pipelined: while one batch is written, the
/// next is already read and hashed on another core, so the database writes most of the time.
/// </summary>
internal sealed class AppendEntriesHandler(LedgerDbContext db, LedgerOptions options, TimeProvider clock)
{
    /// <summary>Appending this many entries at once refreshes PostgreSQL's statistics of the log's tables.</summary>
    private const int AnalyzeAfter = 50_000;

    /// <summary>The ledger's name among the outbox's readers (its checkpoint in platform_subscriptions).</summary>
    public const string ReaderName = "ledger";

    private sealed record Batch(List<LedgerEntry> Entries, List<LedgerNode> Nodes, OutboxPosition Last);

    /// <summary>
    /// Appends everything pending; returns how many entries. With <paramref name="waitForHorizon"/> (an operator's command)
    /// it first waits for the transactions running now to end, so everything committed before the call is appended.
    /// </summary>
    public async Task<long> HandleAsync(TimeSpan? waitForHorizon = null, CancellationToken ct = default)
    {
        var hasher = options.Hasher();
        var size = await StoredTree.SizeAsync(db, ct);

        // The right edge of the current tree holds every left sibling the new nodes can need.
        var frontier = new List<NodeKey>();
        PerfectSubtrees.Decompose(0, size, frontier);
        var source = await StoredTree.LoadAsync(db, hasher, size, frontier, ct);
        var tree = new CompactRange(hasher, size, frontier.Select(k => source.RangeHash(k.Start, k.Count)));

        // Reads go through a connection of their own, so the next batch is read (and hashed) while this one is written.
        await using var reads = DbProviderFactories.GetFactory(db.Database.GetDbConnection())!.CreateConnection()!;
        reads.ConnectionString = db.Database.GetConnectionString();
        await reads.OpenAsync(ct);
        if (waitForHorizon is { } wait)
        {
            await OutboxFeed.WaitForHorizonAsync(reads, wait, ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var position = await CheckpointSql.ReadAsync(reads, ReaderName, ct);
        Task<Batch?> Start(OutboxPosition after) => Task.Run(async () =>
        {
            var rows = await OutboxFeed.ReadPublicAsync(reads, after, options.BatchSize, ct);
            return rows.Count > 0 ? Fold(rows, tree, hasher, now) : null;
        }, ct);

        var next = Start(position);
        long total = 0;
        try
        {
            while (await next is { } batch)
            {
                next = Start(batch.Last);

                // The log is its own, stronger, audit trail: no change-audit rows for its inserts.
                await LedgerBulkWriter.WriteAsync(db, batch.Entries, batch.Nodes, new CheckpointWrite(ReaderName, batch.Last, now), ct);
                total += batch.Entries.Count;
            }
        }
        finally
        {
            // A failed write leaves the next read in flight: let it end before its connection closes.
            await Task.WhenAny(next);
        }

        if (total >= AnalyzeAfter && db.Database.IsNpgsql())
        {
            // Rows added by COPY have no planner statistics until autovacuum comes by; without them proofs and the
            // audit were planned as scans (32 ms a proof at ten million entries). Sampling is cheap.
            await db.Database.ExecuteSqlRawAsync("ANALYZE ledger_entries; ANALYZE ledger_nodes;", ct);
        }

        return total;
    }

    /// <summary>
    /// Leaf hashes on every core (independent of each other), then the tree folded in order from the frontier the
    /// previous batch left. On PostgreSQL the binary COPY outruns one hashing thread; on SQLite the writer stays the limit.
    /// </summary>
    private static Batch Fold(List<OutboxEnvelope> rows, CompactRange tree, TreeHasher hasher, DateTime now)
    {
        var leaves = new byte[rows.Count][];
        Parallel.For(0, rows.Count, i => leaves[i] = hasher.HashLeaf(LedgerEntry.LeafInput(rows[i].EventType, rows[i].Payload)));
        var entries = new List<LedgerEntry>(rows.Count);
        var nodes = new List<LedgerNode>(rows.Count);
        Action<NodeKey, byte[]> keep = (node, hash) =>
        {
            if (node.Level >= LedgerNode.LowestStoredLevel)
            {
                nodes.Add(new LedgerNode { Level = node.Level, Position = node.Position, Hash = hash });
            }
        };
        for (var i = 0; i < rows.Count; i++)
        {
            entries.Add(new LedgerEntry { Index = tree.Size, OutboxId = rows[i].Id, EventType = rows[i].EventType, Payload = rows[i].Payload, LeafHash = leaves[i], AppendedAtUtc = now });
            tree.Append(leaves[i], keep);
        }

        return new Batch(entries, nodes, rows[^1].Position);
    }
}
