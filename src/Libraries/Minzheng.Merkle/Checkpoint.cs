using System.Globalization;
using System.Text;

namespace Minzheng.Merkle;

/// <summary>
/// A tree head a log commits to: log id, size, root hash and time, as a small text body that the log and
/// its witnesses sign (a signed note: body, blank line, one "— name signature" line per signer).
/// </summary>
public sealed record Checkpoint(string LogId, long Size, byte[] Root, DateTimeOffset Time)
{
    public string Body =>
        $"{LogId}\n{Size.ToString(CultureInfo.InvariantCulture)}\n{Convert.ToBase64String(Root)}\n{Time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}\n";

    public byte[] BodyBytes => Encoding.UTF8.GetBytes(Body);

    public static Checkpoint ParseBody(string body)
    {
        var lines = body.Split('\n');
        if (lines.Length != 5 || lines[4] != string.Empty || string.IsNullOrWhiteSpace(lines[0]) || lines[0].Contains(' ', StringComparison.Ordinal))
        {
            throw new FormatException("a checkpoint body has four lines: log id, size, base64 root, unix time");
        }

        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || !long.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new FormatException("checkpoint size and time must be non-negative integers");
        }

        return new Checkpoint(lines[0], size, Convert.FromBase64String(lines[2]), DateTimeOffset.FromUnixTimeSeconds(seconds));
    }
}

/// <summary>A checkpoint with the signatures collected so far: the log's own first, then witnesses' cosignatures.</summary>
public sealed record SignedCheckpoint(Checkpoint Checkpoint, IReadOnlyList<NoteSignature> Signatures)
{
    private const string Dash = "\u2014 ";

    public string ToText()
    {
        var text = new StringBuilder(Checkpoint.Body).Append('\n');
        foreach (var s in Signatures)
        {
            text.Append(Dash).Append(s.KeyName).Append(' ').Append(Convert.ToBase64String(s.Signature)).Append('\n');
        }

        return text.ToString();
    }

    public static SignedCheckpoint Parse(string text)
    {
        var split = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        if (split.Length != 2)
        {
            throw new FormatException("a signed checkpoint is its body, a blank line, then signature lines");
        }

        var checkpoint = Checkpoint.ParseBody(split[0] + "\n");
        var signatures = new List<NoteSignature>();
        foreach (var line in split[1].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.StartsWith(Dash, StringComparison.Ordinal) ? line[Dash.Length..].Split(' ') : [];
            if (parts.Length != 2)
            {
                throw new FormatException("a signature line is \"— name base64\"");
            }

            signatures.Add(new NoteSignature(parts[0], Convert.FromBase64String(parts[1])));
        }

        return new SignedCheckpoint(checkpoint, signatures);
    }

    public SignedCheckpoint With(NoteSignature signature) => this with { Signatures = [.. Signatures, signature] };
}

public sealed record NoteSignature(string KeyName, byte[] Signature);
