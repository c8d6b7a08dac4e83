using System.Globalization;
using System.Text;

namespace Minzheng.Merkle;

/// <summary>
/// A tree head a log commits to, as the note text of c2sp.org/tlog-checkpoint: the origin (the log's identity), the tree
/// size in decimal and the base64 root hash, one per line, then any extension lines. The time a checkpoint was signed is
/// not part of it: the log keeps it beside the note, and each witness's cosignature carries its own.
/// </summary>
public sealed record Checkpoint(string Origin, long Size, byte[] Root)
{
    /// <summary>Opaque lines after the root hash (none by default; the spec advises against them).</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    public string Body
    {
        get
        {
            var body = new StringBuilder().Append(Origin).Append('\n')
                .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(Convert.ToBase64String(Root)).Append('\n');
            foreach (var line in Extensions)
            {
                body.Append(line).Append('\n');
            }

            return body.ToString();
        }
    }

    public byte[] BodyBytes => Encoding.UTF8.GetBytes(Body);

    public static Checkpoint ParseBody(string body)
    {
        var lines = body.Split('\n');
        if (lines.Length < 4 || lines[^1] != string.Empty || lines[..^1].Any(l => l.Length == 0))
        {
            throw new FormatException("a checkpoint is at least three non-empty lines: origin, tree size, base64 root hash");
        }

        if (!KeyNames.IsValid(lines[0]))
        {
            throw new FormatException("the origin has no spaces or '+'");
        }

        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || (lines[1].Length > 1 && lines[1][0] == '0'))
        {
            throw new FormatException("the tree size is a decimal without leading zeroes");
        }

        var root = Convert.FromBase64String(lines[2]);
        if (root.Length != 32)
        {
            throw new FormatException("the root hash is 32 bytes");
        }

        return new Checkpoint(lines[0], size, root) { Extensions = lines[3..^1] };
    }
}

/// <summary>A checkpoint with the signatures collected so far: the log's own first, then witnesses' cosignatures.</summary>
public sealed record SignedCheckpoint(Checkpoint Checkpoint, IReadOnlyList<NoteSignature> Signatures)
{
    public string ToText() => new SignedNote(Checkpoint.Body, Signatures).ToText();

    public static SignedCheckpoint Parse(string text)
    {
        var note = SignedNote.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return new SignedCheckpoint(Checkpoint.ParseBody(note.Text), note.Signatures);
    }

    public SignedCheckpoint With(NoteSignature signature) => this with { Signatures = [.. Signatures, signature] };
}
