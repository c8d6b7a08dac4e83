namespace Minzheng.Merkle;

/// <summary>The outcome of checking a signed checkpoint: is the log's signature good, and which witnesses cosigned it.</summary>
public sealed record CheckpointCheck(bool LogSignatureValid, IReadOnlyList<string> ValidWitnesses)
{
    public bool Satisfies(int witnessQuorum) => LogSignatureValid && ValidWitnesses.Count >= witnessQuorum;
}

public static class CheckpointVerifier
{
    /// <summary>
    /// Checks the signature lines against the known keys by name and key ID (c2sp.org/signed-note): the log's signature of
    /// the note text, and the witnesses' cosignature/v1 lines. Lines of unknown keys, and bad cosignatures, count for
    /// nothing; a bad line of the log's own key makes the log's signature invalid (the spec: reject the whole note).
    /// </summary>
    public static CheckpointCheck Check(SignedCheckpoint checkpoint, VerifierKey logKey, IEnumerable<VerifierKey> witnesses)
    {
        var text = checkpoint.Checkpoint.Body;
        var logId = logKey.KeyId(SignatureTypes.Role.Note);
        var logLines = checkpoint.Signatures.Where(s => s.KeyName == logKey.Name && s.KeyId == logId).ToList();
        var logOk = logLines.Count > 0 && logLines.All(s => logKey.VerifiesNote(text, s));
        var valid = witnesses
            .Where(w => w.Name != logKey.Name && checkpoint.Signatures.Any(s => w.VerifiesCosignature(text, s) is not null))
            .Select(w => w.Name)
            .Distinct()
            .ToList();
        return new CheckpointCheck(logOk, valid);
    }
}
