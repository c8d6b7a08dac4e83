using System.Buffers.Binary;
using System.Text;

namespace Minzheng.Merkle;

/// <summary>
/// One signature line of a signed note (c2sp.org/signed-note): the key's name, its 4-byte key ID, and the signature bytes
/// (for a cosignature, the 8-byte timestamp and then the signature).
/// </summary>
public sealed record NoteSignature(string KeyName, uint KeyId, byte[] Signature)
{
    /// <summary>"— name base64(key ID ‖ signature)", without the newline.</summary>
    public string ToLine()
    {
        var bytes = new byte[4 + Signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, KeyId);
        Signature.CopyTo(bytes, 4);
        return SignedNote.Dash + KeyName + " " + Convert.ToBase64String(bytes);
    }
}

/// <summary>
/// A signed note (c2sp.org/signed-note): a text ending in a newline, a blank line, then one line per signature. The text is
/// what the signatures cover; it is separated from them by the last blank line.
/// </summary>
public sealed record SignedNote(string Text, IReadOnlyList<NoteSignature> Signatures)
{
    internal const string Dash = "\u2014 ";

    /// <summary>More signatures than this and the note is refused (the spec asks verifiers to accept at least 16).</summary>
    public const int MaxSignatures = 100;

    public string ToText()
    {
        var text = new StringBuilder(Text).Append('\n');
        foreach (var s in Signatures)
        {
            text.Append(s.ToLine()).Append('\n');
        }

        return text.ToString();
    }

    public static SignedNote Parse(string note)
    {
        if (note.Any(c => c < ' ' && c != '\n'))
        {
            throw new FormatException("a signed note has no control characters but newlines");
        }

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0 || !note.EndsWith('\n'))
        {
            throw new FormatException("a signed note is its text, a blank line, then signature lines");
        }

        var text = note[..(split + 1)];
        var lines = note[(split + 2)..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            throw new FormatException($"a signed note carries at most {MaxSignatures} signatures");
        }

        var signatures = new List<NoteSignature>(lines.Length);
        foreach (var line in lines)
        {
            var parts = line.StartsWith(Dash, StringComparison.Ordinal) ? line[Dash.Length..].Split(' ') : [];
            if (parts.Length != 2 || !KeyNames.IsValid(parts[0]))
            {
                throw new FormatException("a signature line is \"— name base64\"");
            }

            var bytes = Convert.FromBase64String(parts[1]);
            if (bytes.Length < 5)
            {
                throw new FormatException("a signature is a 4-byte key ID and the signature bytes");
            }

            signatures.Add(new NoteSignature(parts[0], BinaryPrimitives.ReadUInt32BigEndian(bytes), bytes[4..]));
        }

        return new SignedNote(text, signatures);
    }
}

/// <summary>Key names of signed notes: non-empty, without spaces or '+' (which separates the parts of a key's text).</summary>
internal static class KeyNames
{
    public static bool IsValid(string name) => name.Length > 0 && !name.Any(c => char.IsWhiteSpace(c) || c == '+');
}
