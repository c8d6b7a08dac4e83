using System.Diagnostics;
using System.Net.Sockets;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;

namespace Minzheng.E2E;

/// <summary>
/// The real web host as its own process on a free loopback port, on a fresh SQLite database with the test
/// users, and one headless Debian Chromium driven by Playwright. Shared by every browser test.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private Process? _process;
    private IPlaywright? _playwright;
    private TestDatabase? _db;
    private TextWriter? _log;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The 三员 administrators' idle limit in this host, short enough to watch it end a session.</summary>
    public static readonly TimeSpan AdminIdle = TimeSpan.FromSeconds(6);

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TestData.SeedAsync(_db.Options, _db.KeyFile);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var dll = RepoPaths.WebHostDll();
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _db.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     dll, "--urls", BaseUrl,
                     "--Database:Provider=sqlite", $"--Database:ConnectionString={_db.Options.ConnectionString}", "--Database:AutoMigrate=false",
                     "--Demo:SeedOnFirstStart=false", $"--Protection:KeyFile={_db.KeyFile}", $"--DataProtection:KeysPath={Path.Combine(_db.Folder, "dp")}",
                     "--Security:PasswordIterations=1000", "--Security:LoginAttemptsPerMinute=1000", "--Security:ApiRequestsPerMinute=1000000",
                     $"--Security:IdleTimeout:Administrators={AdminIdle}", "--Security:IdleCheckInterval=00:00:01",
                     "--Ledger:WorkerIntervalSeconds=1", "--Ledger:CheckpointEveryEntries=1",
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        _process = Process.Start(psi)!;
        // The host's own log, kept beside the test results for when a browser test fails.
        var logPath = Path.Combine(RepoRoot(), "TestResults", "e2e-web.log");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = TextWriter.Synchronized(new StreamWriter(logPath, append: false) { AutoFlush = true });
        _log = log;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitHealthyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context, logged in as the user.</summary>
    public async Task<IPage> LoginAsync(string user, string password = TestData.Password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/account/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("[data-testid=current-user]");
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>A case's 公示 has run its days (at least one, by setting): its end is moved to today in the database, as a browser test cannot wait.</summary>
    public async Task PublicityRunsOutAsync(string caseId)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_db!.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE assist_cases SET PublicityEndsOn = $today WHERE lower(Id) = lower($id)";
        command.Parameters.AddWithValue("$today", DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$id", caseId);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException($"no case {caseId}");
        }
    }

    /// <summary>Blazor pages answer clicks only once the circuit is up.</summary>
    public static async Task WaitInteractiveAsync(IPage page) =>
        await page.WaitForSelectorAsync("[data-interactive=true]", new() { State = WaitForSelectorState.Attached });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        _log?.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient();
        for (var i = 0; i < 120; i++)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"web host exited with {_process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("web host did not become healthy in 30 s");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    public static string RepoRoot() => RepoPaths.Root();
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<AppServer>;
