using System.Text;

namespace Minzheng.Platform.Security;

/// <summary>
/// Refuses passwords built from common words or keyboard and alphabet runs (<c>Password123!</c>, <c>Qwerty@2022</c>,
/// <c>Admin-Admin-1</c>): the shipped list (CommonPasswords.txt) read with the usual substitutions undone.
/// </summary>
internal static class CommonPasswords
{
    private static readonly HashSet<string> Words = Load();

    private static readonly string[] Runs = ["abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm", "01234567890", "1qaz2wsx3edc", "qazwsxedc"];

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var core = Undo(lower.Trim("0123456789!@#$%^&*()-_=+.,;:?~`'\"[]{}<>/\\| ".ToCharArray()));
        if (core.Length == 0 || Words.Contains(core) || MadeOfWords(core))
        {
            return true;
        }

        return HasRun(lower, 6) || HasRepeat(lower, 4);
    }

    /// <summary>Whether the core splits into listed words only (with separators between them): "admin-admin", "welcome_china".</summary>
    private static bool MadeOfWords(string core)
    {
        var parts = core.Split(['-', '_', '.', ' ', '@', '#', '!', '*'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim("0123456789".ToCharArray())).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(Words.Contains);
    }

    private static string Undo(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            b.Append(c switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', _ => c });
        }

        return b.ToString();
    }

    private static bool HasRun(string s, int length)
    {
        for (var i = 0; i + length <= s.Length; i++)
        {
            var piece = s.Substring(i, length);
            var reversed = new string(piece.Reverse().ToArray());
            if (Runs.Any(r => r.Contains(piece, StringComparison.Ordinal) || r.Contains(reversed, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRepeat(string s, int times)
    {
        for (int i = 0, run = 1; i + 1 < s.Length; i++)
        {
            run = s[i] == s[i + 1] ? run + 1 : 1;
            if (run >= times)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("CommonPasswords.txt")
                           ?? throw new InvalidOperationException("CommonPasswords.txt is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
