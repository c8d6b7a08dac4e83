using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// Issue 20.3: the online application's code reaches the citizen through a configured HTTP gateway; a refusal is retried
/// later and shows on the 短信发件箱 page; after the last attempt the system administrator can send it again.
/// </summary>
[Collection("sms-gateway")]
public sealed class SmsGatewayTests(SmsGatewayWebHost host)
{
    private async Task RequestCodeAsync()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var head = IdNumbers.Next(new DateOnly(1971, 2, 3));
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001004", ("短信甲", head, "Head")));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var response = await host.Anonymous().PostAsJsonAsync("/api/public/assistance/codes", new { idNumber = head, phone = "13800138000" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> OutboxAsync() => await (await host.LoginAsync("sysadmin")).GetFromJsonAsync<JsonElement>("/api/admin/sms");

    private async Task<List<JsonElement>> RowsAsync() => (await OutboxAsync()).GetProperty("rows").EnumerateArray().ToList();

    /// <summary>Requests a code and returns its message's id (the newest row that was not there before).</summary>
    private async Task<Guid> NewMessageAsync()
    {
        var known = (await RowsAsync()).Select(r => r.GetProperty("id").GetGuid()).ToHashSet();
        await RequestCodeAsync();
        Guid? id = null;
        await Eventually.TrueAsync(async () => (id = (await RowsAsync()).Select(r => r.GetProperty("id").GetGuid()).FirstOrDefault(i => !known.Contains(i))) is { } found && found != Guid.Empty);
        return id!.Value;
    }

    private async Task<string?> StatusAsync(Guid id) =>
        (await RowsAsync()).FirstOrDefault(r => r.GetProperty("id").GetGuid() == id) is { ValueKind: JsonValueKind.Object } row ? row.GetProperty("status").GetString() : null;

    [Fact]
    public async Task A_code_is_sent_through_the_gateway_with_its_template_and_a_refusal_is_retried_and_shown()
    {
        host.Gateway.Refuse(503);
        var before = host.Gateway.Received.Count;
        var id = await NewMessageAsync();

        // The first attempt is refused: the outbox says so, with the gateway's words and the next attempt.
        await Eventually.TrueAsync(async () => await StatusAsync(id) == "重试中");
        var retrying = (await RowsAsync()).Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Contains("HTTP 503", retrying.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, retrying.GetProperty("text").ValueKind); // with a gateway the texts are never shown
        Assert.Equal("138****8000", retrying.GetProperty("phoneMasked").GetString());

        // It is due again 30 s later: bring that moment forward rather than wait.
        await host.AsAsync(Minzheng.Platform.Identity.Roles.SystemAdmin, null, async sp =>
            await sp.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().SmsOutbox.IgnoreQueryFilters()
                .Where(m => m.SentAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, DateTime.UtcNow.AddSeconds(-1))));
        await Eventually.TrueAsync(async () => await StatusAsync(id) == "已发送");

        var sent = host.Gateway.Received.Skip(before).Last();
        Assert.Equal("13800138000", sent.GetProperty("phone").GetString());
        Assert.Equal("SMS_900001", sent.GetProperty("templateId").GetString());
        Assert.Equal("蒸湘民政", sent.GetProperty("signName").GetString());
        Assert.Equal("mz-test", sent.GetProperty("account").GetString());
        Assert.Matches("^[0-9]{6}$", sent.GetProperty("params").GetProperty("code").GetString()!);
        Assert.Contains(sent.GetProperty("params").GetProperty("code").GetString()!, sent.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, host.Gateway.Received.Count - before);
    }

    [Fact]
    public async Task After_the_last_refusal_a_message_is_set_aside_until_the_administrator_sends_it_again()
    {
        host.Gateway.Refuse(Enumerable.Repeat(503, Minzheng.Assistance.Domain.Online.SmsMessage.MaxAttempts).ToArray());
        var id = await NewMessageAsync();
        // Each refusal puts the next attempt later (30 s, 2 min …): bring each forward until the last one is spent.
        await Eventually.TrueAsync(async () =>
        {
            var waiting = await host.AsAsync(Minzheng.Platform.Identity.Roles.SystemAdmin, null, async sp =>
                await sp.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().SmsOutbox.IgnoreQueryFilters()
                    .Where(m => m.SentAtUtc == null && m.GaveUpAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, DateTime.UtcNow.AddSeconds(-1))));
            return waiting == 0;
        }, seconds: 30);
        Assert.Equal("发送失败", await StatusAsync(id));

        // Only the system administrator sends it again; then it goes.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("officer")).PostAsync($"/api/admin/sms/{id}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await (await host.LoginAsync("sysadmin")).PostAsync($"/api/admin/sms/{id}/retry", null)).StatusCode);
        await Eventually.TrueAsync(async () => await StatusAsync(id) == "已发送");
    }
}

/// <summary>Without a gateway (the embedded default) nothing is sent; the system administrator reads the demo's codes on the 短信发件箱, and that reading is audited.</summary>
[Collection("sqlite")]
public sealed class SmsOutboxWithoutGatewayTests(SqliteWebHost host)
{
    [Fact]
    public async Task The_system_administrator_reads_the_waiting_codes_and_the_reading_is_audited_and_nobody_else_reads_them()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var head = IdNumbers.Next(new DateOnly(1972, 3, 4));
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001004", ("短信乙", head, "Head")));
        Assert.True(created.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().PostAsJsonAsync("/api/public/assistance/codes", new { idNumber = head, phone = "13800138000" })).StatusCode);

        var admin = await host.LoginAsync("sysadmin");
        var view = await admin.GetFromJsonAsync<JsonElement>("/api/admin/sms");
        Assert.False(view.GetProperty("gatewayConnected").GetBoolean());
        Assert.True(view.GetProperty("rows").GetArrayLength() > 0, view.ToString());
        var row = view.GetProperty("rows").EnumerateArray().First();
        Assert.Equal("待发送（未接入短信网关）", row.GetProperty("status").GetString());
        Assert.Matches("^【智慧民政】您的社会救助网上申请验证码为 [0-9]{6}", row.GetProperty("text").GetString()!);

        var audit = await (await host.LoginAsync("auditadmin")).GetFromJsonAsync<JsonElement>("/api/audit?user=sysadmin&action=reveal&size=5");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), r => r.GetProperty("entityType").GetString() == "SmsMessage");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/admin/sms")).StatusCode);
    }
}
