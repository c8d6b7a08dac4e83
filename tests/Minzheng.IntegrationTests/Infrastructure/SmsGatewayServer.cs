using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;

namespace Minzheng.IntegrationTests.Infrastructure;

/// <summary>
/// An SMS provider's HTTP gateway on the loopback (Kestrel): it keeps every request it receives and answers with the
/// statuses it is told to (503 to refuse), then 200 {"code":"OK"} — the outside service the platform sends through.
/// </summary>
public sealed class SmsGatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    public SmsGatewayServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/send", async (HttpContext http) =>
        {
            var body = await JsonDocument.ParseAsync(http.Request.Body);
            Received.Enqueue(body.RootElement.Clone());
            var status = _answers.TryDequeue(out var s) ? s : 200;
            http.Response.StatusCode = status;
            await http.Response.WriteAsJsonAsync(new { code = status == 200 ? "OK" : "BUSY", message = status == 200 ? "发送成功" : "网关繁忙" });
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/send";
    }

    public string Url { get; }

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    /// <summary>The next requests are refused with these statuses, in order.</summary>
    public void Refuse(params int[] statuses)
    {
        foreach (var s in statuses)
        {
            _answers.Enqueue(s);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>A host whose SMS goes out through <see cref="SmsGatewayServer"/>, polled every 200 ms.</summary>
public sealed class SmsGatewayWebHost() : WebHost(DatabaseProvider.Sqlite)
{
    public SmsGatewayServer Gateway { get; } = new();

    protected override void Configure(IWebHostBuilder b)
    {
        b.UseSetting("Sms:Gateway:Url", Gateway.Url);
        b.UseSetting("Sms:Gateway:Account", "mz-test");
        b.UseSetting("Sms:Gateway:Secret", "s3cret");
        b.UseSetting("Sms:Gateway:Signature", "蒸湘民政");
        b.UseSetting("Sms:Gateway:Templates:online-code", "SMS_900001");
        b.UseSetting("Sms:Gateway:SuccessField", "code");
        b.UseSetting("Sms:Gateway:SuccessValue", "OK");
        b.UseSetting("Sms:PollInterval", "00:00:00.200");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}

[CollectionDefinition("sms-gateway")]
public sealed class SmsGatewayCollection : ICollectionFixture<SmsGatewayWebHost>;
