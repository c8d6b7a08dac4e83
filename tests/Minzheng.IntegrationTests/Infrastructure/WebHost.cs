using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Infrastructure;

/// <summary>
/// One web host and one database per test collection (per provider): migrated, with the demo regions and one
/// user per role. Tests log in over HTTP exactly as a browser does (antiforgery token, cookie).
/// </summary>
public abstract partial class WebHost(DatabaseProvider provider, bool verboseLogs = false, int loginAttemptsPerMinute = 1000, int apiRequestsPerMinute = 1_000_000, int passwordIterations = 1000, int onlineCodesPerAddressPerHour = 1_000_000) : IAsyncLifetime
{
    /// <summary>Every log line the host wrote, formatted, for tests that check what logs may contain.</summary>
    public CapturedLogs Logs { get; } = new();

    private WebApplicationFactory<Program>? _factory;

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>A witness whose public key the host trusts (Ledger:Witnesses).</summary>
    public Minzheng.Merkle.SignerKey Witness { get; } = Minzheng.Merkle.SignerKey.Generate("audit-office", Minzheng.Merkle.SignatureAlgorithm.Sm2);

    /// <summary>A second trusted witness, of the kind that knows only the C2SP standard types (Ed25519).</summary>
    public Minzheng.Merkle.SignerKey StandardWitness { get; } = Minzheng.Merkle.SignerKey.Generate("witness.example/w1", Minzheng.Merkle.SignatureAlgorithm.Ed25519);

    public string LedgerKeyFile => Path.Combine(Database.Folder, "ledger-log.key");

    public DatabaseProvider Provider => provider;

    public WebApplicationFactory<Program> Factory => _factory!;

    /// <summary>Settings a host adds to the common ones (an outside service it talks to).</summary>
    protected virtual void Configure(IWebHostBuilder b)
    {
    }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        await TestData.SeedAsync(Database.Options, Database.KeyFile);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            UseTestDatabase(b, Database);
            b.UseSetting("Ledger:CheckpointEveryEntries", "1000000");
            b.UseSetting("Ledger:Witnesses:0", Witness.Public.ToString());
            b.UseSetting("Ledger:Witnesses:1", StandardWitness.Public.ToString());
            b.UseSetting("Security:LoginAttemptsPerMinute", loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Security:ApiRequestsPerMinute", apiRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Security:AnonymousApiRequestsPerMinute", apiRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Security:PasswordIterations", passwordIterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Security:OnlineCodesPerAddressPerHour", onlineCodesPerAddressPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (verboseLogs)
            {
                b.UseSetting("Logging:LogLevel:Default", "Debug");
                b.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
                b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Debug");
            }

            b.ConfigureLogging(l => l.AddProvider(Logs));
            Configure(b);
        });
    }

    /// <summary>The settings every test host runs with: its own database and keys, fast background polling, no demo data.</summary>
    public static void UseTestDatabase(IWebHostBuilder b, TestDatabase database)
    {
        b.UseSetting("Database:Provider", database.Options.Provider.ToString());
        b.UseSetting("Database:ConnectionString", database.Options.ConnectionString);
        b.UseSetting("Database:AutoMigrate", "false");
        b.UseSetting("Demo:SeedOnFirstStart", "false");
        b.UseSetting("Protection:KeyFile", database.KeyFile);
        b.UseSetting("DataProtection:KeysPath", Path.Combine(database.Folder, "dp"));
        b.UseSetting("Security:PasswordIterations", "1000");
        b.UseSetting("Security:ApiRequestsPerMinute", "1000000");
        b.UseSetting("Security:AnonymousApiRequestsPerMinute", "1000000");
        b.UseSetting("Security:OnlineCodesPerAddressPerHour", "1000000");
        b.UseSetting("Monitoring:MaxFeedBytes", (4 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture));
        b.UseSetting("Ledger:WorkerEnabled", "false");
        b.UseSetting("Ledger:LogKeyFile", Path.Combine(database.Folder, "ledger-log.key"));
        b.UseSetting("Subscribers:PollInterval", "00:00:00.200");
        b.UseSetting("Subscribers:FirstRetryDelay", "00:00:00.200");
        b.UseSetting("Jobs:PollInterval", "00:00:00.100");
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    /// <summary>Runs services in a scope as a user with one role (and region), the way a Blazor circuit would.</summary>
    public async Task<T> AsAsync<T>(string role, string? region, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var claims = new List<System.Security.Claims.Claim> { new(System.Security.Claims.ClaimTypes.Name, "t-" + role), new(System.Security.Claims.ClaimTypes.Role, role) };
        if (region is not null)
        {
            claims.Add(new(Minzheng.Platform.Access.MzClaimTypes.Region, region));
        }

        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>()
            .SetCircuitPrincipal(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "test")));
        return await act(scope.ServiceProvider);
    }

    /// <summary>A new account with the test password: a town worker of 郑湘 unless told otherwise (the 三员 hold no region).</summary>
    public async Task CreateUserAsync(string name, string role = Minzheng.Platform.Identity.Roles.TownCaseWorker, bool mustChangePassword = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var regions = Minzheng.Platform.Identity.Roles.ThreeAdministrators.Contains(role) ? [] : new[] { "430408001" };
        await scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Identity.UserAdministration>().CreateAsync(name, name, role, regions, TestData.Password, mustChangePassword);
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client logged in as one of <see cref="TestData.Users"/>.</summary>
    public async Task<HttpClient> LoginAsync(string user, string password = TestData.Password)
    {
        var client = Anonymous();
        var response = await PostLoginAsync(client, user, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("failed", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"login of {user} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = TokenPattern().Match(page).Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteWebHost() : WebHost(DatabaseProvider.Sqlite);

public sealed class PostgresWebHost() : WebHost(DatabaseProvider.Postgres);

/// <summary>A host logging at Debug level everywhere, to show that even then no personal data reaches the logs.</summary>
public sealed class VerboseLogWebHost() : WebHost(DatabaseProvider.Sqlite, verboseLogs: true);

[CollectionDefinition("verbose-logs")]
public sealed class VerboseLogCollection : ICollectionFixture<VerboseLogWebHost>;

[CollectionDefinition("sqlite")]
public sealed class SqliteCollection : ICollectionFixture<SqliteWebHost>;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresWebHost>;

public static class HttpJson
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var value = await response.Content.ReadFromJsonAsync<T>();
        return value ?? throw new InvalidOperationException("empty body");
    }
}
