using System.Diagnostics;

namespace Minzheng.IntegrationTests.Cli;

/// <summary>Runs the built `mz` as its own process, as an operator would.</summary>
internal static class MzProcess
{
    public static async Task<(int Exit, string Output)> RunAsync(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(RepoRoot(), "src", "Hosts", "Minzheng.Cli", "bin", Configuration(), "net10.0", "mz.dll");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    internal static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Minzheng.slnx")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
