namespace Minzheng.Platform.Security;

/// <summary>
/// The data folders (the database's, the keys') belong to the service account alone: folders 0700, files 0600. A folder
/// is created so; an existing one is tightened only when it is one of the default layout's (data, keys, dataprotection),
/// so that a database configured into a shared folder (/tmp, a home folder) never changes that folder's mode — there
/// the operator sets it (docs/operations.md). Applied at every start, so that an older install is put right too.
/// </summary>
public static class OwnerOnlyFolder
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder if needed and makes it 0700.</summary>
    public static void Ensure(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            Directory.CreateDirectory(full, Folder);
            return;
        }

        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(full)) is "data" or "keys" or "dataprotection")
        {
            TrySet(full, Folder);
        }
    }

    /// <summary>A folder of the platform's own (a work folder): created 0700, and made 0700 again if it exists.</summary>
    public static void EnsureOwn(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, Folder);
        TrySet(path, Folder);
    }

    /// <summary>Makes the files that exist 0600 (missing ones are skipped).</summary>
    public static void RestrictFiles(params string[] paths)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var path in paths.Where(System.IO.File.Exists))
        {
            TrySet(path, File);
        }
    }

    /// <summary>
    /// The SQLite database's folder 0700 and its files 0600; an empty database file is created 0600 first, because
    /// SQLite gives its -wal and -shm files the database file's mode.
    /// </summary>
    public static void SecureSqlite(string connectionString)
    {
        var file = Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
        Ensure(Path.GetDirectoryName(file)!);
        if (!System.IO.File.Exists(file) && !OperatingSystem.IsWindows())
        {
            using (new FileStream(file, OwnerOnlyFile.Options(FileAccess.Write)))
            {
            }
        }

        RestrictFiles(file, file + "-wal", file + "-shm", file + "-journal");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void TrySet(string path, UnixFileMode mode)
    {
        try
        {
            System.IO.File.SetUnixFileMode(path, mode);
        }
        catch (UnauthorizedAccessException)
        {
            // not ours to change (another owner): left as the operator set it
        }
    }
}
