namespace Minzheng.Platform.Security;

/// <summary>Creates a secret file (a key) readable and writable by the owner only (mode 0600), never overwriting one.</summary>
public static class OwnerOnlyFile
{
    public static void Create(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(new FileStream(path, Options(FileAccess.Write)));
        writer.Write(text);
    }

    /// <summary>How to create a new file readable and writable by the owner only (0600).</summary>
    public static FileStreamOptions Options(FileAccess access, int bufferSize = 4096)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = access, Share = FileShare.Read, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
