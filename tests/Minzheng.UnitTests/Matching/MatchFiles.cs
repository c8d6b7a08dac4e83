using System.Text;
using Minzheng.Kernel.Identity;

namespace Minzheng.UnitTests.Matching;

/// <summary>Temporary feed files for a test, and valid ID numbers to put in them.</summary>
internal sealed class MatchFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("mz-match-").FullName;

    public string Write(string name, string text, bool bom = false, bool crlf = false)
    {
        var path = Path.Combine(Folder, name);
        var body = crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
        File.WriteAllBytes(path, [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(body)]);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A valid ID number for a sequence number; with <paramref name="wantX"/>, one whose check character is X.</summary>
    public static string Id(int n, bool wantX = false)
    {
        for (var seq = n * 37; ; seq++)
        {
            var first17 = $"430408{1950 + (seq % 50):0000}{1 + (seq % 12):00}{1 + (seq % 28):00}{seq % 1000:000}";
            var check = IdNumber.ComputeCheckCharacter(first17);
            if (!wantX || check == 'X')
            {
                return first17 + check;
            }
        }
    }

    public void Dispose() => Directory.Delete(Folder, true);
}
