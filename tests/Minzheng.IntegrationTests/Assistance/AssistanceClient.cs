using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Registry;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>Helpers over the social-assistance API, so that tests read as what the case workers do.</summary>
internal static class AssistanceClient
{
    public static readonly byte[] Png = Minzheng.TestSupport.TestFiles.Png;

    public static object Consent(byte[]? bytes = null, string name = "授权书.png") => new { name, contentType = "image/png", base64 = Convert.ToBase64String(bytes ?? Png) };

    /// <summary>A new two-person household in a village, and its members' person ids (head first).</summary>
    public static async Task<(Guid Household, Guid[] Members)> HouseholdAsync(HttpClient worker, string village)
    {
        var (household, _) = await RegistryClient.CreateAsync(worker, village);
        var detail = await RegistryClient.DetailAsync(worker, household);
        return (household, detail.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray());
    }

    public static Task<HttpResponseMessage> ApplyAsync(HttpClient worker, Guid household, object? consent) =>
        worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "Dibao", consent });

    public static async Task<Guid> NewCaseAsync(HttpClient worker, Guid household)
    {
        var response = await ApplyAsync(worker, household, Consent());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, object body) => client.PostAsJsonAsync($"/api/assistance/cases/{id}/actions", body);

    public static async Task<JsonElement> StepAsync(HttpClient client, Guid id, object body)
    {
        var response = await ActAsync(client, id, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>受理 → 核对 → 入户调查 (the given incomes) → 初审通过: the case is in 公示.</summary>
    public static async Task<Guid> ToPublicityAsync(HttpClient worker, Guid household, Guid[] members)
    {
        var id = await NewCaseAsync(worker, household);
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对平台：无车辆、无工商登记" });
        await StepAsync(worker, id, new { action = "RecordInvestigation", note = "入户调查属实", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 300m } } });
        await StepAsync(worker, id, new { action = "TownApprove", note = "初审同意" });
        return id;
    }

    /// <summary>Starts a payroll (202) and waits for the background job: the prepared run as the API shows it.</summary>
    public static async Task<JsonElement> PrepareRunAsync(HttpClient client, string town, string month, string? programme = null)
    {
        var response = await client.PostAsJsonAsync("/api/assistance/payroll/runs", new { town, month, programme });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        for (var i = 0; i < 300; i++)
        {
            var run = (await client.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{id}")).GetProperty("run");
            if (run.GetProperty("status").GetString() != "Preparing")
            {
                return run;
            }

            Assert.True(run.GetProperty("prepareError").ValueKind == JsonValueKind.Null, run.GetProperty("prepareError").ToString());
            await Task.Delay(100);
        }

        throw new TimeoutException("the payroll was not prepared within 30 s");
    }

    /// <summary>
    /// Time passes for a case: a date the workflow set (a 公示's end, a recognition's last day) is moved in the store, as the
    /// tests cannot wait for it. Everything else about the case is as the workflow left it.
    /// </summary>
    public static async Task LetTimePassAsync(Infrastructure.WebHost host, Guid caseId, Action<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Minzheng.Assistance.Domain.Cases.AssistanceCase>> change)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test: time passes");
        var db = scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>();
        change(db.Entry(await db.Cases.SingleAsync(x => x.Id == caseId)));
        await db.SaveChangesAsync();
    }

    /// <summary>Today in Beijing, as the host counts it.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));

    /// <summary>The 公示 has run its days (at least one, by setting): it ends today.</summary>
    public static Task PublicityRunsOutAsync(Infrastructure.WebHost host, Guid caseId) =>
        LetTimePassAsync(host, caseId, c => c.Entity.PublicityEndsOn = Today());

    /// <summary>The monitored population as social assistance hands it to monitoring.</summary>
    public static async Task<IReadOnlyList<Minzheng.Assistance.Contracts.CoveredHousehold>> CoveredAsync(Infrastructure.WebHost host)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        return await scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Contracts.IAssistanceCases>().CoveredAsync();
    }

    /// <summary>公示期满, then 报区审核 by the town: the case awaits 审核确认.</summary>
    public static async Task<JsonElement> ClosePublicityAsync(Infrastructure.WebHost host, HttpClient worker, Guid caseId)
    {
        await PublicityRunsOutAsync(host, caseId);
        return await StepAsync(worker, caseId, new { action = "ClosePublicity" });
    }

    /// <summary>An approved 低保 household of two (the head's ID number known), its case and the first month it is paid for.</summary>
    public static async Task<(Guid Household, string HeadId, string Month)> ApprovedCaseAsync(Infrastructure.WebHost host, HttpClient worker, HttpClient officer, string village)
    {
        var (household, head, month, _) = await ApprovedWithCaseAsync(host, worker, officer, village);
        return (household, head, month);
    }

    /// <summary>An approved 低保 household of two, its head's and spouse's ID numbers given or made up.</summary>
    public static async Task<(Guid Household, string HeadId, string Month, Guid Case)> ApprovedWithCaseAsync(Infrastructure.WebHost host, HttpClient worker, HttpClient officer, string village,
        string? headId = null, string? spouseId = null)
    {
        var head = headId ?? Minzheng.TestSupport.IdNumbers.Next();
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(village, ("钱六", head, "Head"), ("孙七", spouseId ?? Minzheng.TestSupport.IdNumbers.Next(), "Spouse")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var id = await ToPublicityAsync(worker, household, members);
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(officer, id, new { action = "Approve" });
        return (household, head, approved.GetProperty("benefitFrom").GetString()![..7], id);
    }
}
