using Minzheng.Ledger.Features.Checkpoints;
using Minzheng.Ledger.Features.GetProofs;
using Minzheng.Merkle;

namespace Minzheng.Ledger.Features.Receipts;

/// <summary>The answer to "is this receipt in the log?": the covering signed checkpoint when it is, the reason when not.</summary>
internal sealed record ReceiptVerdict(bool Included, string Message, long? Size, string? Root, DateTimeOffset? CheckpointTime, bool SignatureValid);

/// <summary>
/// Verifies a receipt's claim (this leaf hash at this index) against the latest signed checkpoint: the proof comes from
/// the log, but the leaf hash is the receipt's own, so a receipt for an entry that was edited, removed or never appended
/// does not verify.
/// </summary>
internal sealed class ReceiptVerifier(CheckpointHandler checkpoints, ProofHandler proofs, VerifierKey logKey, LedgerOptions options)
{
    public async Task<ReceiptVerdict> VerifyAsync(long index, string? leafHash, CancellationToken ct = default)
    {
        if (await checkpoints.CoveringAsync(index, ct) is not { } latest)
        {
            return new(false, "日志尚无已签名的检查点，暂不能核验", null, null, null, false);
        }

        var signed = SignedCheckpoint.Parse(latest.Note);
        var check = CheckpointVerifier.Check(signed, logKey, options.Witnesses.Select(VerifierKey.Parse));
        var size = signed.Checkpoint.Size;
        byte[] leaf;
        try
        {
            leaf = Convert.FromHexString(leafHash?.Trim() ?? string.Empty);
        }
        catch (FormatException)
        {
            return Refused("回执中的叶哈希不是有效的十六进制");
        }

        if (leaf.Length != options.Hasher().Size)
        {
            return Refused($"叶哈希应为 {options.Hasher().Size * 2} 位十六进制");
        }

        if (index < 0 || index >= size)
        {
            return Refused($"最新检查点只覆盖第 0 至 {size - 1} 条记录；该回执的记录尚未被签名覆盖或序号有误");
        }

        var proof = await proofs.InclusionAsync(index, size, ct);
        var included = check.LogSignatureValid
            && new Verifier(options.Hasher()).VerifyInclusion(leaf, index, size, proof.Proof.Select(Convert.FromHexString).ToList(), signed.Checkpoint.Root);
        return included
            ? new(true, $"核验通过：第 {index} 条记录包含在规模为 {size} 的已签名检查点中", size, Convert.ToHexStringLower(signed.Checkpoint.Root), new DateTimeOffset(DateTime.SpecifyKind(latest.TimeUtc, DateTimeKind.Utc)), true)
            : Refused("核验未通过：该回执与日志不符（记录被改动、删除，或回执有误）");

        ReceiptVerdict Refused(string message) =>
            new(false, message, size, Convert.ToHexStringLower(signed.Checkpoint.Root), new DateTimeOffset(DateTime.SpecifyKind(latest.TimeUtc, DateTimeKind.Utc)), check.LogSignatureValid);
    }
}
