using Minzheng.Merkle;

namespace Minzheng.UnitTests.Merkle;

public class CheckpointTests
{
    private static readonly Checkpoint Head = new("minzheng.430408.ledger", 8, Convert.FromHexString(CtVectors.Roots[8]), DateTimeOffset.FromUnixTimeSeconds(1_656_633_600));

    [Theory]
    [InlineData(SignatureAlgorithm.Sm2)]
    [InlineData(SignatureAlgorithm.Ed25519)]
    public void A_signed_checkpoint_round_trips_as_text_and_verifies(SignatureAlgorithm algorithm)
    {
        var log = SignerKey.Generate("log", algorithm);
        var text = new SignedCheckpoint(Head, [log.Sign(Head)]).ToText();
        var parsed = SignedCheckpoint.Parse(text);
        Assert.Equal(Head.Body, parsed.Checkpoint.Body);
        Assert.True(CheckpointVerifier.Check(parsed, log.Public, []).LogSignatureValid);
    }

    [Fact]
    public void Changing_any_part_of_the_body_or_using_another_key_fails()
    {
        var log = SignerKey.Generate("log", SignatureAlgorithm.Sm2);
        var text = new SignedCheckpoint(Head, [log.Sign(Head)]).ToText();
        var bigger = SignedCheckpoint.Parse(text.Replace("\n8\n", "\n9\n", StringComparison.Ordinal));
        Assert.False(CheckpointVerifier.Check(bigger, log.Public, []).LogSignatureValid);
        var other = SignerKey.Generate("log", SignatureAlgorithm.Sm2);
        Assert.False(CheckpointVerifier.Check(SignedCheckpoint.Parse(text), other.Public, []).LogSignatureValid);
    }

    [Fact]
    public void Witness_cosignatures_count_only_for_known_witnesses_with_valid_signatures()
    {
        var log = SignerKey.Generate("log", SignatureAlgorithm.Sm2);
        var audit = SignerKey.Generate("audit-office", SignatureAlgorithm.Sm2);
        var city = SignerKey.Generate("city-bureau", SignatureAlgorithm.Ed25519);
        var stranger = SignerKey.Generate("stranger", SignatureAlgorithm.Ed25519);
        var signed = new SignedCheckpoint(Head, [log.Sign(Head)]).With(audit.Sign(Head)).With(stranger.Sign(Head))
            .With(new NoteSignature("city-bureau", new byte[64]));
        var check = CheckpointVerifier.Check(SignedCheckpoint.Parse(signed.ToText()), log.Public, [audit.Public, city.Public]);
        Assert.Equal(["audit-office"], check.ValidWitnesses);
        Assert.True(check.Satisfies(1));
        Assert.False(check.Satisfies(2));
    }

    [Fact]
    public void Keys_export_and_import_as_text()
    {
        foreach (var algorithm in new[] { SignatureAlgorithm.Sm2, SignatureAlgorithm.Ed25519 })
        {
            var key = SignerKey.Generate("w1", algorithm);
            var again = SignerKey.ImportPrivate(key.ExportPrivate());
            Assert.Equal(key.Public.ToString(), again.Public.ToString());
            Assert.True(VerifierKey.Parse(key.Public.ToString()).Verify(Head.BodyBytes, again.Sign(Head.BodyBytes)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("log\n8\nnot-base64!\n1\n\n")]
    [InlineData("log\n-8\nAAAA\n1\n\n— log AAAA\n")]
    [InlineData("log\n8\nAAAA\n1\n\nlog AAAA\n")]
    [InlineData("log with space\n8\nAAAA\n1\n\n")]
    public void Malformed_checkpoints_are_refused(string text) => Assert.ThrowsAny<FormatException>(() => SignedCheckpoint.Parse(text));

    [Fact]
    public void A_malformed_signature_or_key_simply_does_not_verify()
    {
        var key = VerifierKey.Parse("w+sm2+04" + new string('0', 128));
        Assert.False(key.Verify(Head.BodyBytes, [1, 2, 3]));
        Assert.Throws<FormatException>(() => VerifierKey.Parse("w+rsa+00"));
    }
}
