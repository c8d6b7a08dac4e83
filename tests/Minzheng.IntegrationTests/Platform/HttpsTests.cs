using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Minzheng.IntegrationTests.Cli;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// Issue 19.5: the host serves HTTPS itself with a configured certificate (Kestrel:Certificates:Default), sends HSTS, and
/// over HTTPS its sign-in cookie is <c>__Host-mz.auth</c>, Secure — the real process, as an operator would start it.
/// </summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task Kestrel_serves_HTTPS_with_HSTS_and_a_Secure_host_only_sign_in_cookie()
    {
        var folder = Directory.CreateTempSubdirectory("mz-https-").FullName;
        var cs = $"Data Source={Path.Combine(folder, "data", "minzheng.db")}";
        Assert.Equal(0, (await MzProcess.RunAsync(folder, "migrate", "--connection", cs)).Exit);
        var added = await MzProcess.RunAsync(folder, "users", "add", "tls.officer", "--display", "经办", "--role", "DistrictOfficer", "--region", "430408", "--connection", cs);
        var password = Regex.Match(added.Output, "one-time password: (\\S+)").Groups[1].Value;
        Assert.NotEmpty(password);

        var pfx = Path.Combine(folder, "tls.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            await File.WriteAllBytesAsync(pfx, cert.Export(X509ContentType.Pfx, "test-pfx"));
        }

        var port = FirstStartTests.FreePort();
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     Minzheng.TestSupport.RepoPaths.WebHostDll(), "--urls", $"https://127.0.0.1:{port}", "--Demo:SeedOnFirstStart=false",
                     $"--Kestrel:Certificates:Default:Path={pfx}", "--Kestrel:Certificates:Default:Password=test-pfx", "--Security:PasswordIterations=1000", "--Network:HstsOnLoopback=true",
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        using var web = Process.Start(psi)!;
        web.OutputDataReceived += (_, _) => { };
        web.ErrorDataReceived += (_, _) => { };
        web.BeginOutputReadLine();
        web.BeginErrorReadLine();
        try
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
            using var http = new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{port}") };
            await FirstStartTests.WaitHealthyAsync(http, web);

            var form = await http.GetAsync("/account/login");
            Assert.Contains("max-age=", string.Join(";", form.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
            var antiforgery = form.Headers.GetValues("Set-Cookie").ToList();
            Assert.All(antiforgery, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
            var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
            var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "tls.officer", ["password"] = password, ["__RequestVerificationToken"] = token }),
            };
            post.Headers.Add("Cookie", string.Join("; ", antiforgery.Select(c => c.Split(';')[0])));
            var signedIn = await http.SendAsync(post);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var auth = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.Contains("mz.auth", StringComparison.Ordinal));
            Assert.StartsWith("__Host-mz.auth=", auth, StringComparison.Ordinal);
            Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", auth, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", auth, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_run_command_listens_where_ASPNETCORE_URLS_says()
    {
        var folder = Directory.CreateTempSubdirectory("mz-urls-").FullName;
        var port = FirstStartTests.FreePort();
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Minzheng.TestSupport.RepoPaths.WebHostDll());
        psi.ArgumentList.Add("--Demo:SeedOnFirstStart=false");
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        using var web = Process.Start(psi)!;
        web.OutputDataReceived += (_, _) => { };
        web.ErrorDataReceived += (_, _) => { };
        web.BeginOutputReadLine();
        web.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await FirstStartTests.WaitHealthyAsync(http, web);
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }
    }
}
