namespace Minzheng.TestSupport;

/// <summary>Where the repository and the built hosts are, for tests that run `mz` or the web host as real processes.</summary>
public static class RepoPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Minzheng.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    /// <summary>Debug or Release: the configuration the tests themselves were built in.</summary>
    public static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string WebHostDll() => Path.Combine(Root(), "src", "Hosts", "Minzheng.Web", "bin", Configuration(), "net10.0", "Minzheng.Web.dll");

    public static string CliDll() => Path.Combine(Root(), "src", "Hosts", "Minzheng.Cli", "bin", Configuration(), "net10.0", "mz.dll");
}
