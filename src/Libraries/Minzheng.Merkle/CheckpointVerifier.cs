namespace Minzheng.Merkle;

/// <summary>The outcome of checking a signed checkpoint: is the log's signature good, and which witnesses cosigned it.</summary>
public sealed record CheckpointCheck(bool LogSignatureValid, IReadOnlyList<string> ValidWitnesses)
{
    public bool Satisfies(int witnessQuorum) => LogSignatureValid && ValidWitnesses.Count >= witnessQuorum;
}

public static class CheckpointVerifier
{
    /// <summary>Checks every signature line against the known keys by name; unknown names and bad signatures count for nothing.</summary>
    public static CheckpointCheck Check(SignedCheckpoint checkpoint, VerifierKey logKey, IEnumerable<VerifierKey> witnesses)
    {
        var body = checkpoint.Checkpoint.BodyBytes;
        var logOk = checkpoint.Signatures.Any(s => s.KeyName == logKey.Name && logKey.Verify(body, s.Signature));
        var valid = witnesses
            .Where(w => w.Name != logKey.Name && checkpoint.Signatures.Any(s => s.KeyName == w.Name && w.Verify(body, s.Signature)))
            .Select(w => w.Name)
            .Distinct()
            .ToList();
        return new CheckpointCheck(logOk, valid);
    }
}
