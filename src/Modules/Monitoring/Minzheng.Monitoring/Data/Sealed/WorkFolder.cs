using Minzheng.Platform.Security;

namespace Minzheng.Monitoring.Data.Sealed;

/// <summary>
/// A private folder (0700, files 0600) for the encrypted spools of an upload or a run, removed when done. Only sealed
/// chunks are ever written here, so a crash leaves nothing readable; leftovers older than a day are removed by the next
/// use.
/// </summary>
internal sealed class WorkFolder : IDisposable
{
    public static string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mz-work-" + Environment.UserName);

    private WorkFolder(string path) => Path = path;

    public string Path { get; }

    public static WorkFolder Create()
    {
        OwnerOnlyFolder.EnsureOwn(Root);
        SweepLeftovers();
        var path = System.IO.Path.Combine(Root, Guid.NewGuid().ToString("N"));
        OwnerOnlyFolder.EnsureOwn(path);
        return new WorkFolder(path);
    }

    public static FileStreamOptions NewFile => OwnerOnlyFile.Options(FileAccess.ReadWrite, 1 << 16);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static void SweepLeftovers()
    {
        foreach (var dir in new DirectoryInfo(Root).EnumerateDirectories())
        {
            if (dir.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1))
            {
                try
                {
                    dir.Delete(recursive: true);
                }
                catch (IOException)
                {
                    // in use by another process: the next use tries again
                }
            }
        }
    }
}
