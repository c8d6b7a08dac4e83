using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.Platform.Audit;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// Issue 20.6: the audit trail reads in Chinese — every audited record type and each of its fields has a name, a change
/// reads field by field, people appear by name and role — and the auditor exports what the filters select.
/// </summary>
[Collection("sqlite")]
public sealed class AuditReadabilityTests(SqliteWebHost host)
{
    [Fact]
    public async Task Every_audited_record_and_each_of_its_fields_has_a_chinese_name()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var names = scope.ServiceProvider.GetRequiredService<AuditNames>();
        var contexts = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Minzheng.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => scope.ServiceProvider.GetService(t) as DbContext)
            .OfType<DbContext>()
            .ToList();
        Assert.True(contexts.Count >= 6, $"only {contexts.Count} module databases found");

        var missing = new List<string>();
        foreach (var entity in contexts.SelectMany(c => c.Model.GetEntityTypes()).Where(e => typeof(IAudited).IsAssignableFrom(e.ClrType)).DistinctBy(e => e.ClrType))
        {
            var type = entity.ClrType.Name;
            if (!names.KnowsEntity(type))
            {
                missing.Add(type);
            }

            missing.AddRange(entity.GetProperties().Where(p => !names.KnowsField(type, p.Name)).Select(p => $"{type}.{p.Name}"));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void A_change_reads_field_by_field_in_chinese_and_other_details_stay_readable()
    {
        var names = host.Factory.Services.GetRequiredService<AuditNames>();
        var change = names.Changes("Household", """{"Address":["郑湘路1号","郑湘路2号"],"Kind":[null,"Urban"]}""");
        Assert.Equal([new AuditChange("地址", "郑湘路1号", "郑湘路2号"), new AuditChange("户别", null, "Urban")], change);
        Assert.Equal("预警类型", names.Field("Alert", "Kind"));
        Assert.Equal([new AuditChange("内容", null, "GET /api/audit → 403")], names.Changes("Request", "GET /api/audit → 403"));
        Assert.Equal("读取身份证号用于数据比对", names.Action("RevealForMatching"));
        Assert.Equal("家庭养老床位", names.Entity("HomeCareBed"));
    }

    [Fact]
    public async Task The_auditor_reads_names_and_roles_and_exports_the_filtered_trail_as_xlsx()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001001", ("审计丙", IdNumbers.Next(), "Head")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var auditor = await host.LoginAsync("auditor");
        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?user=zhengxiang&action=create&size=20");
        var row = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("entityType").GetString() == "Household");
        Assert.Equal("家庭户", row.GetProperty("entityName").GetString());
        Assert.Equal("新增", row.GetProperty("action").GetString());
        Assert.EndsWith("· 镇街经办", row.GetProperty("userLabel").GetString(), StringComparison.Ordinal);
        Assert.Contains(row.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "地址");

        var export = await auditor.GetAsync("/api/audit/export?user=zhengxiang&action=create");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await export.Content.ReadAsStreamAsync());
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.Contains("家庭户", xml, StringComparison.Ordinal);
        Assert.Contains("地址：", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(">login<", xml, StringComparison.Ordinal);

        // The export is itself on the trail, and nobody but the auditors may take it.
        var exports = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?user=auditor&action=export&size=5");
        Assert.Contains(exports.GetProperty("items").EnumerateArray(), r => r.GetProperty("entityType").GetString() == "Audit");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/audit/export")).StatusCode);
    }
}
