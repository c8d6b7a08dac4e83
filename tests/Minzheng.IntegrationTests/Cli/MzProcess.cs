using System.Diagnostics;

namespace Minzheng.IntegrationTests.Cli;

/// <summary>Runs the built `mz` as its own process, as an operator would.</summary>
internal static class MzProcess
{
    public static async Task<(int Exit, string Output)> RunAsync(string workingDirectory, params string[] args)
    {
        var dll = Minzheng.TestSupport.RepoPaths.CliDll();
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
}
