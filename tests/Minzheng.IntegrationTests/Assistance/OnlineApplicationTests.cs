using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;
using static Minzheng.Assistance.Features.ApplyOnline.ApplyOnlineHandler;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// A citizen applies without an account: ID number and registered phone, a code through the SMS outbox, the application
/// with its consent; it waits at the household's town as 网上申请待受理 until a case worker there accepts it.
/// </summary>
public abstract class OnlineApplicationTests(WebHost host)
{
    private const string Village = "430408001004";
    private const string Phone = "13800138000"; // what RegistryClient registers for every member

    private async Task<(string IdNumber, Guid Household)> RegisteredAsync()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var head = IdNumbers.Next(new DateOnly(1970, 1, 1));
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village, ("网上申", head, "Head")));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (head, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static async Task<Guid> RequestCodeAsync(HttpClient anonymous, string idNumber, string phone)
    {
        var response = await anonymous.PostAsJsonAsync("/api/public/assistance/codes", new { idNumber, phone });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestId").GetGuid();
    }

    /// <summary>The codes the SMS outbox holds (what the gateway would send), newest first.</summary>
    private async Task<List<string>> SentCodesAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        var texts = await scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().SmsOutbox
            .OrderByDescending(m => m.CreatedAtUtc).Select(m => m.TextCipher).ToListAsync();
        // The outbox holds the texts encrypted, as the gateway receives them.
        Assert.All(texts, t => Assert.DoesNotContain("验证码", t, StringComparison.Ordinal));
        var protector = scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Security.FieldProtector>();
        return texts.Select(t => Regex.Match(protector.Decrypt(t), "验证码为 ([0-9]{6})").Groups[1].Value).ToList();
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient anonymous, Guid requestId, string code, object? consent = null) =>
        anonymous.PostAsJsonAsync("/api/public/assistance/applications", new { requestId, code, programme = (string?)null, consent = consent ?? Consent() });

    [Fact]
    public async Task A_citizen_applies_with_a_code_sent_to_the_registered_phone_and_the_town_accepts_it()
    {
        var (idNumber, household) = await RegisteredAsync();
        var anonymous = host.Anonymous();
        var requestId = await RequestCodeAsync(anonymous, idNumber, Phone);
        var code = (await SentCodesAsync())[0];
        Assert.Matches("^[0-9]{6}$", code);

        var wrong = await SubmitAsync(anonymous, requestId, code == "000000" ? "111111" : "000000");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains(BadCode, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noConsent = await anonymous.PostAsJsonAsync("/api/public/assistance/applications", new { requestId, code });
        Assert.Equal(HttpStatusCode.BadRequest, noConsent.StatusCode);
        Assert.Contains("核对授权书", await noConsent.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var submitted = await SubmitAsync(anonymous, requestId, code);
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
        var number = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
        Assert.StartsWith("TK", number, StringComparison.Ordinal);
        // The code is spent; the household has an application in progress.
        Assert.Equal(HttpStatusCode.BadRequest, (await SubmitAsync(anonymous, requestId, code)).StatusCode);

        var worker = await host.LoginAsync("zhengxiang");
        var list = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases?status=Submitted&region={Village}&size=100");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("number").GetString() == number);
        var id = row.GetProperty("id").GetGuid();
        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Equal(household, detail.GetProperty("household").GetProperty("id").GetGuid());
        Assert.Equal(["AcceptOnline", "RejectOnline"], detail.GetProperty("myActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).PostAsJsonAsync($"/api/assistance/cases/{id}/actions", new { action = "AcceptOnline" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(worker, id, new { action = "RecordVerification", note = "x" })).StatusCode);

        var accepted = await StepAsync(worker, id, new { action = "AcceptOnline", note = "电话核实申请意愿" });
        Assert.Equal("Verification", accepted.GetProperty("statusCode").GetString());
        Assert.Contains(accepted.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("step").GetString() == "网上申请" && t.GetProperty("actor").GetString()!.Contains("网上申请", StringComparison.Ordinal));

        // A second online application for the same household is refused while this one is in progress.
        var again = await RequestCodeAsync(anonymous, idNumber, Phone);
        var duplicate = await SubmitAsync(anonymous, again, (await SentCodesAsync())[0]);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task An_unknown_person_or_a_wrong_phone_gets_the_same_answer_and_nothing_is_sent()
    {
        var (idNumber, _) = await RegisteredAsync();
        var anonymous = host.Anonymous();
        var before = (await SentCodesAsync()).Count;
        var unknown = await anonymous.PostAsJsonAsync("/api/public/assistance/codes", new { idNumber = IdNumbers.Next(), phone = Phone });
        var wrongPhone = await anonymous.PostAsJsonAsync("/api/public/assistance/codes", new { idNumber, phone = "13900000000" });
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrongPhone.StatusCode);
        var wrongAnswer = await wrongPhone.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), wrongAnswer.GetProperty("message").GetString());
        Assert.Equal(before, (await SentCodesAsync()).Count);

        // Its request id leads nowhere.
        var nowhere = wrongAnswer.GetProperty("requestId").GetGuid();
        var refused = await SubmitAsync(anonymous, nowhere, "123456");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(BadCode, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_by_field_five_wrong_codes_spend_the_code_and_requests_are_limited()
    {
        var (idNumber, _) = await RegisteredAsync();
        var anonymous = host.Anonymous();
        var malformed = await anonymous.PostAsJsonAsync("/api/public/assistance/codes", new { idNumber = "43040819700101001X", phone = "1380013" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var problem = await malformed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("idNumber", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("phone", out _));
        var notImage = await SubmitAsync(anonymous, Guid.NewGuid(), "123456", Consent("这不是图片"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, notImage.StatusCode);
        Assert.Contains("不是有效的 PNG 文件", await notImage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var requestId = await RequestCodeAsync(anonymous, idNumber, Phone);
        var code = (await SentCodesAsync())[0];
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await SubmitAsync(anonymous, requestId, wrong)).StatusCode);
        }

        var spent = await SubmitAsync(anonymous, requestId, code);
        Assert.Equal(HttpStatusCode.BadRequest, spent.StatusCode);
        Assert.Contains(BadCode, await spent.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        for (var i = 0; i < 4; i++)
        {
            await RequestCodeAsync(anonymous, idNumber, Phone);
        }

        var limited = await anonymous.PostAsJsonAsync("/api/public/assistance/codes", new { idNumber, phone = Phone });
        Assert.Equal(HttpStatusCode.Conflict, limited.StatusCode);
        Assert.Contains("过于频繁", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unregistered_ID_number_is_limited_exactly_like_a_registered_one()
    {
        var (registered, _) = await RegisteredAsync();
        var unregistered = IdNumbers.Next();
        var anonymous = host.Anonymous();
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var idNumber in new[] { registered, unregistered })
        {
            for (var i = 0; i < 6; i++)
            {
                var response = await anonymous.PostAsJsonAsync("/api/public/assistance/codes", new { idNumber, phone = Phone });
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                answers.Add((response.StatusCode, body.TryGetProperty("message", out var m) ? m.GetString()! : body.GetProperty("detail").GetString()!));
            }
        }

        // The same five answers then the same refusal, for both.
        Assert.Equal(answers[..6], answers[6..]);
        Assert.Equal(HttpStatusCode.Conflict, answers[5].Item1);
        Assert.All(answers[..5], a => Assert.Equal(HttpStatusCode.OK, a.Item1));
    }

    [Fact]
    public async Task A_wrong_code_for_a_real_request_reads_like_a_code_for_no_request()
    {
        var (idNumber, _) = await RegisteredAsync();
        var anonymous = host.Anonymous();
        var real = await RequestCodeAsync(anonymous, idNumber, Phone);
        var code = (await SentCodesAsync())[0];
        var wrong = code == "000000" ? "111111" : "000000";
        var forReal = await SubmitAsync(anonymous, real, wrong);
        var forNothing = await SubmitAsync(anonymous, Guid.NewGuid(), wrong);
        Assert.Equal(forNothing.StatusCode, forReal.StatusCode);
        var a = await forReal.Content.ReadFromJsonAsync<JsonElement>();
        var b = await forNothing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(b.GetProperty("errors").GetProperty("code")[0].GetString(), a.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Fact]
    public async Task The_public_page_walks_through_both_steps_with_forms()
    {
        var (idNumber, _) = await RegisteredAsync();
        var browser = host.Anonymous();
        var page = await browser.GetStringAsync("/apply");
        Assert.Contains("data-testid=\"online-step1\"", page, StringComparison.Ordinal);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var posted = await browser.PostAsync("/apply/code", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["idNumber"] = idNumber, ["phone"] = Phone,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Matches("^/apply\\?request=[0-9a-f-]{36}$", posted.Headers.Location!.OriginalString);
        Assert.DoesNotContain(idNumber, posted.Headers.Location.OriginalString, StringComparison.Ordinal);
        var bad = await browser.PostAsync("/apply/code", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["idNumber"] = "123", ["phone"] = Phone,
        }));
        Assert.StartsWith("/apply?error=", bad.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("身份证号", await browser.GetStringAsync(bad.Headers.Location.OriginalString), StringComparison.Ordinal); // the sealed message is shown
        var forged = await host.Anonymous().PostAsync("/apply/code", new FormUrlEncodedContent(new Dictionary<string, string> { ["idNumber"] = idNumber, ["phone"] = Phone }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode); // no antiforgery token
    }

    [Fact]
    public async Task A_crafted_link_puts_no_words_and_no_false_receipt_on_the_public_page()
    {
        var step2 = await host.Anonymous().GetStringAsync($"/apply?request={Guid.NewGuid()}&error={Uri.EscapeDataString("请拨打 400-000-0000 领取补助")}");
        Assert.Contains("data-testid=\"online-step2\"", step2, StringComparison.Ordinal);
        Assert.DoesNotContain("400-000-0000", step2, StringComparison.Ordinal);
        var done = await host.Anonymous().GetStringAsync($"/apply?done={Uri.EscapeDataString("假编号-001")}");
        Assert.DoesNotContain("假编号-001", done, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"online-done\"", done, StringComparison.Ordinal);
    }
}

[Collection("sqlite")]
public sealed class OnlineApplicationTestsOnSqlite(SqliteWebHost host) : OnlineApplicationTests(host);

[Collection("postgres")]
public sealed class OnlineApplicationTestsOnPostgres(PostgresWebHost host) : OnlineApplicationTests(host);
