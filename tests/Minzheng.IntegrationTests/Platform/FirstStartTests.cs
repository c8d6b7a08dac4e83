using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Minzheng.Platform.Identity;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// The README's run command on an empty folder: the host migrates SQLite at ./data/minzheng.db, seeds the demo
/// district, prints every demo account once, and each of them logs in — with a one-time password that must be changed
/// before anything else answers (issue 19.11).
/// </summary>
public sealed partial class FirstStartTests
{
    [Fact]
    public async Task The_embedded_default_starts_seeds_and_every_printed_demo_account_logs_in()
    {
        var folder = Directory.CreateTempSubdirectory("mz-first-").FullName;
        var port = FreePort();
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var web = Start(folder, port, output);
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitHealthyAsync(http, web);
            Assert.True(File.Exists(Path.Combine(folder, "data", "minzheng.db")));
            Assert.True(File.Exists(Path.Combine(folder, "data", "keys", "field-protection.key")));

            var accounts = output.Select(l => AccountLine().Match(l)).Where(m => m.Success).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            Assert.Equal(DemoAccounts.All.Select(a => a.UserName).Order(), accounts.Keys.Order());
            var changed = new Dictionary<string, string>();
            foreach (var (user, password) in accounts)
            {
                var (first, location) = await LoginAsync(http, user, password);
                Assert.Equal("/account/change-password", location);
                Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, first, "/api/me")).StatusCode);
                (var cookie, changed[user]) = await ChangePasswordAsync(http, first, password);
                var me = await SendAsync(http, cookie, "/api/me");
                Assert.True(me.StatusCode == HttpStatusCode.OK, $"{user}: /api/me → {me.StatusCode}");
                Assert.Equal(user, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
                var home = await SendAsync(http, cookie, "/");
                Assert.Contains("智慧民政", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var (leader, _) = await LoginAsync(http, "leader", changed["leader"]);
            var page = await (await SendAsync(http, leader, "/api/registry/households?size=1")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(10_000, page.GetProperty("total").GetInt32());
            if (!OperatingSystem.IsWindows())
            {
                DataIsTheOwnersAlone(folder);
            }
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }

        // A second start prints no passwords and seeds nothing more.
        var again = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var second = Start(folder, port, again);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitHealthyAsync(http, second);
            Assert.DoesNotContain(again, l => AccountLine().IsMatch(l));
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }
    }

    private static Process Start(string folder, int port, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        var dll = Minzheng.TestSupport.RepoPaths.WebHostDll();
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Signs in: the auth cookie and where the form sends the user next.</summary>
    private static async Task<(string Cookie, string Location)> LoginAsync(HttpClient http, string user, string password)
    {
        var form = await http.GetAsync("/account/login");
        var antiforgeryCookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = user, ["password"] = password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var response = await http.SendAsync(post);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.ToString().Contains("failed", StringComparison.Ordinal),
            $"{user}: {response.StatusCode} {response.Headers.Location}");
        return (AuthCookie(response), response.Headers.Location!.ToString());
    }

    /// <summary>Changes the one-time password on the form: the new session's cookie and the new password.</summary>
    private static async Task<(string Cookie, string Password)> ChangePasswordAsync(HttpClient http, string cookie, string current)
    {
        var form = await SendAsync(http, cookie, "/account/change-password");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var antiforgery = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        // Fixed and free of runs: a random one could hold "123" or "aaa" and be refused as patterned (it once was).
        const string password = "Xq-Lotus-Pine-Fern-7!";
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/change-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["currentPassword"] = current, ["newPassword"] = password, ["confirmPassword"] = password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", $"{cookie}; {antiforgery}");
        var response = await http.SendAsync(post);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString() == "/?passwordChanged=1", $"{response.StatusCode} {response.Headers.Location}");
        return (AuthCookie(response), password);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("mz.auth", StringComparison.Ordinal)));

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string cookie, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return http.SendAsync(request);
    }

    internal static async Task WaitHealthyAsync(HttpClient http, Process process)
    {
        for (var i = 0; i < 240; i++)
        {
            Assert.False(process.HasExited, "the web host exited");
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // still starting
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the web host did not start in 60 s");
    }

    internal static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static readonly string[] DataFiles = ["minzheng.db", "minzheng.db-wal", "keys/field-protection.key"];

    /// <summary>Issue 19.13: the data folders 0700, the database and keys 0600, the cookie key ring encrypted at rest.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void DataIsTheOwnersAlone(string folder)
    {
        const UnixFileMode dir = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var data = Path.Combine(folder, "data");
        Assert.Equal(dir, File.GetUnixFileMode(data));
        Assert.Equal(dir, File.GetUnixFileMode(Path.Combine(data, "keys")));
        foreach (var f in DataFiles.Select(f => Path.Combine(data, f)).Where(File.Exists))
        {
            Assert.True(File.GetUnixFileMode(f) == file, $"{f}: {File.GetUnixFileMode(f)}");
        }

        var ring = Directory.GetFiles(Path.Combine(data, "keys", "dataprotection"), "*.xml");
        Assert.NotEmpty(ring);
        Assert.All(ring, k =>
        {
            var xml = File.ReadAllText(k);
            Assert.Contains("sm4EncryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"^\s+(\w+)\s+(\S{16})\s+\S+\s+\S+")]
    private static partial Regex AccountLine();
}
