using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// Issue 19.8 and 19.17: refused attempts are audited with the client's address (from a trusted proxy's
/// X-Forwarded-For), reading the trail is audited, bursts become alerts for the 安全管理员 and 审计管理员, and the
/// whole trail is the auditors' (the district leader reads it only where a setting says so).
/// </summary>
[Collection("sqlite")]
public sealed class AuditTrailTests(SqliteWebHost host)
{
    private static async Task<List<JsonElement>> AuditAsync(HttpClient auditor, string query) =>
        (await auditor.GetFromJsonAsync<JsonElement>("/api/audit?size=100&" + query)).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task Another_towns_record_and_a_forbidden_list_leave_denied_rows_with_the_clients_address()
    {
        var other = await host.LoginAsync("hongxiang");
        var created = await other.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408002001", ("审计甲", IdNumbers.Next(), "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var worker = await host.LoginAsync("zhengxiang");
        worker.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/registry/households/{household}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/audit")).StatusCode);

        var denied = await AuditAsync(await host.LoginAsync("auditor"), "user=zhengxiang&action=denied");
        Assert.Contains(denied, d => d.GetProperty("details").GetString()!.Contains($"GET /api/registry/households/{household} → 404", StringComparison.Ordinal)
                                     && d.GetProperty("clientAddress").GetString() == "203.0.113.7");
        Assert.Contains(denied, d => d.GetProperty("details").GetString()!.Contains("GET /api/audit → 403", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_opening_another_towns_record_leaves_a_denied_row_too()
    {
        var other = await host.LoginAsync("hongxiang");
        var created = await other.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408002001", ("审计乙", IdNumbers.Next(), "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await host.AsAsync(Minzheng.Platform.Identity.Roles.TownCaseWorker, "430408001", async sp =>
        {
            var useCases = sp.GetRequiredService<Minzheng.Platform.UseCases.UseCases>();
            await Assert.ThrowsAsync<Minzheng.Platform.Errors.NotFoundException>(() =>
                useCases.With<Minzheng.Registry.Features.GetHousehold.GetHouseholdHandler>().RunAsync(h => h.HandleAsync(household)));
            return 0;
        });

        var denied = await AuditAsync(await host.LoginAsync("auditor"), "user=t-TownCaseWorker&action=denied");
        Assert.Contains(denied, d => d.GetProperty("details").GetString()!.StartsWith("GetHouseholdHandler → 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reading_the_trail_is_audited()
    {
        var auditor = await host.LoginAsync("auditor");
        await AuditAsync(auditor, "user=nobody-in-particular");
        var reads = await AuditAsync(auditor, "user=auditor&action=audit-read");
        Assert.Contains(reads, r => r.GetProperty("details").GetString()!.Contains("用户=nobody-in-particular", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_failed_sign_ins_for_one_name_raise_one_alert_for_the_security_and_audit_administrators()
    {
        var name = "ghost-" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 12; i++)
        {
            await WebHost.PostLoginAsync(host.Anonymous(), name, "Wrong-Passw0rd!" + i);
        }

        foreach (var reader in new[] { "secadmin", "auditadmin", "auditor" })
        {
            var alerts = await (await host.LoginAsync(reader)).GetFromJsonAsync<JsonElement>("/api/audit/alerts");
            Assert.Single(alerts.EnumerateArray(), a => a.GetProperty("entityId").GetString() == name);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("officer")).GetAsync("/api/audit/alerts")).StatusCode);
    }

    [Fact]
    public async Task The_district_leader_and_the_system_administrator_do_not_read_the_trail()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("leader")).GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("sysadmin")).GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await host.LoginAsync("auditadmin")).GetAsync("/api/audit")).StatusCode);
    }
}
