using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;
using Minzheng.Ledger.Domain;
using Minzheng.Merkle;
using Minzheng.Platform.Errors;

namespace Minzheng.Ledger.Features.Checkpoints;

/// <summary>Signs tree heads with the log key and collects witnesses' cosignatures on them.</summary>
internal sealed class CheckpointHandler(LedgerDbContext db, LedgerOptions options, SignerKey logKey, LedgerStandardKey standardKey, TimeProvider clock)
{
    /// <summary>Signs a new checkpoint when the policy asks for one (enough new entries, or enough time); returns it or null.</summary>
    public async Task<LedgerCheckpoint?> SignIfDueAsync(bool force = false, CancellationToken ct = default)
    {
        var size = await StoredTree.SizeAsync(db, ct);
        var last = await db.Checkpoints.AsNoTracking().OrderByDescending(c => c.Size).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = size > (last?.Size ?? 0)
                  && (force || last is null || size - last.Size >= options.CheckpointEveryEntries || now - last.TimeUtc >= TimeSpan.FromMinutes(options.CheckpointEveryMinutes));
        if (!due)
        {
            return null;
        }

        var root = await StoredTree.RootAsync(db, options.Hasher(), size, ct);
        var checkpoint = new Checkpoint(options.LogId, size, root);
        var row = new LedgerCheckpoint { Size = size, Root = root, TimeUtc = now, Note = new SignedCheckpoint(checkpoint, Signatures(checkpoint)).ToText() };
        db.Checkpoints.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The log's SM2 signature, then its Ed25519 one when configured (C2SP verifiers skip the line they do not know).</summary>
    private List<NoteSignature> Signatures(Checkpoint checkpoint) =>
        standardKey.Key is { } ed25519 ? [logKey.Sign(checkpoint), ed25519.Sign(checkpoint)] : [logKey.Sign(checkpoint)];

    /// <summary>
    /// The latest checkpoint, signed now when it does not yet cover entry <paramref name="index"/> but the log already holds
    /// it — so a receipt verifies as soon as its entry is appended, not at the next scheduled checkpoint. On demand at most
    /// once every <see cref="OnDemandInterval"/>: a reader cannot make the log sign without pause.
    /// </summary>
    public async Task<LedgerCheckpoint?> CoveringAsync(long index, CancellationToken ct = default)
    {
        var latest = await LatestAsync(ct);
        if (index >= 0 && (latest is null || index >= latest.Size)
            && (latest is null || clock.GetUtcNow().UtcDateTime - latest.TimeUtc >= OnDemandInterval)
            && index < await StoredTree.SizeAsync(db, ct))
        {
            return await SignIfDueAsync(force: true, ct) ?? await LatestAsync(ct);
        }

        return latest;
    }

    /// <summary>The least time between two checkpoints signed at a reader's request.</summary>
    public static readonly TimeSpan OnDemandInterval = TimeSpan.FromSeconds(10);

    public async Task<LedgerCheckpoint?> LatestAsync(CancellationToken ct = default) =>
        await db.Checkpoints.AsNoTracking().OrderByDescending(c => c.Size).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    /// <summary>How far ahead of the log's clock a cosignature's time may be (the witness's clock may run a little fast).</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Adds a configured witness's valid cosignature/v1 (c2sp.org/tlog-cosignature) to the stored checkpoint with the same
    /// note text; a cosignature dated in the future is not taken.
    /// </summary>
    public async Task<int> AcceptCosignaturesAsync(string signedText, CancellationToken ct = default)
    {
        SignedCheckpoint offered;
        try
        {
            offered = SignedCheckpoint.Parse(signedText);
        }
        catch (FormatException e)
        {
            throw new InputValidationException("checkpoint", "检查点格式错误：" + e.Message);
        }

        var stored = await db.Checkpoints.Where(c => c.Size == offered.Checkpoint.Size).ToListAsync(ct);
        var row = stored.FirstOrDefault(c => SignedCheckpoint.Parse(c.Note).Checkpoint.Body == offered.Checkpoint.Body)
                  ?? throw new NotFoundException("没有与之相同的检查点");
        var current = SignedCheckpoint.Parse(row.Note);
        var text = offered.Checkpoint.Body;
        var latest = clock.GetUtcNow() + ClockSkew;
        var added = 0;
        foreach (var witness in options.Witnesses.Select(VerifierKey.Parse))
        {
            var signature = offered.Signatures.FirstOrDefault(s => witness.VerifiesCosignature(text, s) is { } at && at <= latest);
            if (signature is not null && current.Signatures.All(s => s.KeyName != witness.Name))
            {
                current = current.With(signature);
                added++;
            }
        }

        if (added == 0)
        {
            throw new BusinessRuleException("没有来自已登记见证方的有效联署签名");
        }

        row.Note = current.ToText();
        await db.SaveChangesAsync(ct);
        return added;
    }
}
