using System.Buffers.Binary;
using System.Text;
using Minzheng.Merkle;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Minzheng.UnitTests.Merkle;

public class CheckpointTests
{
    private static readonly Checkpoint Head = new("minzheng.430408.ledger", 8, Convert.FromHexString(CtVectors.Roots[8]));
    private static readonly DateTimeOffset Noon = DateTimeOffset.FromUnixTimeSeconds(1_656_633_600);

    [Fact]
    public void The_body_is_the_three_lines_of_a_C2SP_checkpoint()
    {
        Assert.Equal("minzheng.430408.ledger\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", Head.Body);
        Assert.Equal(Head.Body, Checkpoint.ParseBody(Head.Body).Body);
        var extended = Checkpoint.ParseBody(Head.Body + "extension line\n");
        Assert.Equal(["extension line"], extended.Extensions);
        Assert.Equal(Head.Body + "extension line\n", extended.Body);
    }

    [Theory]
    [InlineData(SignatureAlgorithm.Sm2)]
    [InlineData(SignatureAlgorithm.Ed25519)]
    public void A_signed_checkpoint_round_trips_as_text_and_verifies(SignatureAlgorithm algorithm)
    {
        var log = SignerKey.Generate("log", algorithm);
        var text = new SignedCheckpoint(Head, [log.Sign(Head)]).ToText();
        var parsed = SignedCheckpoint.Parse(text);
        Assert.Equal(Head.Body, parsed.Checkpoint.Body);
        Assert.Equal(text, parsed.ToText());
        Assert.Equal(log.Public.KeyId(SignatureTypes.Role.Note), parsed.Signatures.Single().KeyId);
        Assert.True(CheckpointVerifier.Check(parsed, log.Public, []).LogSignatureValid);
    }

    [Fact]
    public void Ed25519_note_signatures_match_the_Go_reference_implementation_byte_for_byte()
    {
        // golang.org/x/mod/sumdb/note's example key and note: Ed25519 is deterministic, so the same key must produce the
        // same key ID, verifier key and signature line as the reference does.
        var seed = Convert.FromBase64String("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")[1..];
        var key = SignerKey.FromPrivate("PeterNeumann", SignatureAlgorithm.Ed25519, seed);
        const string Text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
        const string Line = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";

        Assert.Equal(0xc74f20a3u, key.Public.KeyId(SignatureTypes.Role.Note));
        Assert.Equal("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", key.Public.ToVkey(SignatureTypes.Role.Note));
        var signature = new NoteSignature("PeterNeumann", key.Public.KeyId(SignatureTypes.Role.Note), key.Sign(Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(Line, signature.ToLine());

        var note = SignedNote.Parse(Text + "\n" + Line + "\n");
        Assert.Equal(Text, note.Text);
        Assert.True(key.Public.VerifiesNote(note.Text, note.Signatures.Single()));
        Assert.False(key.Public.VerifiesNote(Text.Replace("cryptography", "cryptographY", StringComparison.Ordinal), note.Signatures.Single()));
    }

    [Fact]
    public void A_cosignature_is_the_timestamp_and_an_Ed25519_signature_of_the_cosignature_v1_message()
    {
        var witness = SignerKey.Generate("witness.example/w1", SignatureAlgorithm.Ed25519);
        var line = witness.Cosign(Head, Noon);

        // Checked independently of the library: key ID with type 0x04, 8-byte big-endian time, then Ed25519 over the message.
        var vkey = witness.Public.ToVkey(SignatureTypes.Role.Cosignature).Split('+', 3); // base64 may itself hold '+'
        Assert.Equal(0x04, Convert.FromBase64String(vkey[2])[0]);
        Assert.Equal(Convert.ToUInt32(vkey[1], 16), line.KeyId);
        Assert.Equal(1_656_633_600ul, BinaryPrimitives.ReadUInt64BigEndian(line.Signature));
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(witness.Public.PublicKey));
        var message = Encoding.UTF8.GetBytes("cosignature/v1\ntime 1656633600\n" + Head.Body);
        verifier.BlockUpdate(message, 0, message.Length);
        Assert.True(verifier.VerifySignature(line.Signature[8..]));

        Assert.Equal(Noon, witness.Public.VerifiesCosignature(Head.Body, line));
        Assert.Null(witness.Public.VerifiesCosignature(Head.Body.Replace("\n8\n", "\n9\n", StringComparison.Ordinal), line));
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
    public void Witness_cosignatures_count_only_for_known_witnesses_with_valid_cosignatures()
    {
        var log = SignerKey.Generate("log", SignatureAlgorithm.Sm2);
        var audit = SignerKey.Generate("audit-office", SignatureAlgorithm.Sm2);
        var city = SignerKey.Generate("city-bureau", SignatureAlgorithm.Ed25519);
        var county = SignerKey.Generate("county-audit", SignatureAlgorithm.Ed25519);
        var stranger = SignerKey.Generate("stranger", SignatureAlgorithm.Ed25519);
        var signed = new SignedCheckpoint(Head, [log.Sign(Head)])
            .With(audit.Cosign(Head, Noon))
            .With(stranger.Cosign(Head, Noon))
            .With(new NoteSignature("city-bureau", city.Public.KeyId(SignatureTypes.Role.Cosignature), new byte[72]))
            .With(county.Sign(Head)); // a plain note signature is not a cosignature
        var check = CheckpointVerifier.Check(SignedCheckpoint.Parse(signed.ToText()), log.Public, [audit.Public, city.Public, county.Public]);
        Assert.Equal(["audit-office"], check.ValidWitnesses);
        Assert.True(check.Satisfies(1));
        Assert.False(check.Satisfies(2));
    }

    [Fact]
    public void A_line_with_the_right_name_but_another_key_ID_is_ignored()
    {
        var log = SignerKey.Generate("log", SignatureAlgorithm.Ed25519);
        var good = log.Sign(Head);
        var renumbered = good with { KeyId = good.KeyId + 1 };
        Assert.False(CheckpointVerifier.Check(new SignedCheckpoint(Head, [renumbered]), log.Public, []).LogSignatureValid);
        Assert.True(CheckpointVerifier.Check(new SignedCheckpoint(Head, [renumbered, good]), log.Public, []).LogSignatureValid);

        // The log's own key ID on a signature that does not verify: the whole note is refused, even beside a good line.
        var forged = good with { Signature = new byte[good.Signature.Length] };
        Assert.False(CheckpointVerifier.Check(new SignedCheckpoint(Head, [good, forged]), log.Public, []).LogSignatureValid);
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
            Assert.NotEqual(key.Public.KeyId(SignatureTypes.Role.Note), key.Public.KeyId(SignatureTypes.Role.Cosignature));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n")]
    [InlineData("log\n8\nnot-base64!\n\n— log AAAAAAA=\n")]
    [InlineData("log\n8\nAAAA\n\n— log AAAAAAA=\n")]
    [InlineData("log\n-8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n— log AAAAAAA=\n")]
    [InlineData("log\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n— log AAAAAAA=\n")]
    [InlineData("log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\nlog AAAAAAA=\n")]
    [InlineData("log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n— log AAAA\n")]
    [InlineData("log with space\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n— log AAAAAAA=\n")]
    [InlineData("log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n— log\tx AAAAAAA=\n")]
    public void Malformed_checkpoints_are_refused(string text) => Assert.ThrowsAny<FormatException>(() => SignedCheckpoint.Parse(text));

    [Fact]
    public void A_note_with_more_than_a_hundred_signatures_is_refused()
    {
        var lines = string.Concat(Enumerable.Repeat("\u2014 w AAAAAAA=\n", SignedNote.MaxSignatures + 1));
        Assert.Throws<FormatException>(() => SignedNote.Parse(Head.Body + "\n" + lines));
    }

    [Fact]
    public void A_malformed_signature_or_key_simply_does_not_verify()
    {
        var key = VerifierKey.Parse("w+sm2+04" + new string('0', 128));
        Assert.False(key.Verify(Head.BodyBytes, [1, 2, 3]));
        Assert.Null(key.VerifiesCosignature(Head.Body, new NoteSignature("w", key.KeyId(SignatureTypes.Role.Cosignature), [0, 0, 0])));
        Assert.Throws<FormatException>(() => VerifierKey.Parse("w+rsa+00"));

        // A time beyond what a date can hold (the spec allows up to 2^63 − 1) is no cosignature, not an overflow.
        var witness = SignerKey.Generate("w", SignatureAlgorithm.Ed25519);
        const ulong Far = long.MaxValue;
        var far = Cosignatures.Join(Far, witness.Sign(Cosignatures.Message(Far, Head.Body)));
        Assert.Null(witness.Public.VerifiesCosignature(Head.Body, new NoteSignature("w", witness.Public.KeyId(SignatureTypes.Role.Cosignature), far)));
    }
}
