namespace Minzheng.Platform.Security;

/// <summary>Creates a secret file (a key) readable and writable by the owner only (mode 0600), never overwriting one.</summary>
public static class OwnerOnlyFile
{
    public static void Create(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(text);
    }
}
