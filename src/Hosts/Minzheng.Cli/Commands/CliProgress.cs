using Spectre.Console;

namespace Minzheng.Cli.Commands;

/// <summary>A progress bar for long work on an interactive terminal; plain output when redirected (scripts, CI).</summary>
internal static class CliProgress
{
    public static async Task<T> RunAsync<T>(string label, Func<IProgress<int>?, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }

        T value = default!;
        await AnsiConsole.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask(label, maxValue: 100);
            value = await work(new Progress<int>(p => task.Value = p));
        });
        return value;
    }
}
