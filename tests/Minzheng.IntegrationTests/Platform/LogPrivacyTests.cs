using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

[Collection("verbose-logs")]
public sealed class LogPrivacyTests(VerboseLogWebHost host)
{
    [Fact]
    public async Task Even_at_debug_level_no_ID_number_phone_or_bank_account_reaches_the_logs()
    {
        var client = await host.LoginAsync("zhengxiang");
        var headId = IdNumbers.Next();
        var created = await client.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(RegistryClient.ZhengxiangVillage, ("周九", headId, "Head")));
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await RegistryClient.SearchAsync(client, new { idNumber = headId });
        var personId = (await RegistryClient.DetailAsync(client, id)).GetProperty("members")[0].GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/registry/persons/{personId}/reveal", new { field = "IdNumber", purpose = "日志隐私测试" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/registry/households/{id}/reveal", new { field = "BankAccount", purpose = "日志隐私测试" })).EnsureSuccessStatusCode();
        var importId = IdNumbers.Next();
        var roster = new ByteArrayContent(Encoding.UTF8.GetBytes($"户序号,村社区代码,城乡类别,地址,姓名,身份证号码,与户主关系,联系电话\n1,430408001001,城镇,x路1号,吴十,{importId},户主,13912345678\n"));
        roster.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        (await client.PostAsync("/api/registry/import", roster)).EnsureSuccessStatusCode();
        var duplicate = await client.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(RegistryClient.ZhengxiangVillage, ("周九", headId, "Head")));
        Assert.False(duplicate.IsSuccessStatusCode);

        var logs = string.Join('\n', host.Logs.Lines);
        Assert.True(host.Logs.Lines.Count > 50, "debug logging was not captured");
        Assert.Contains("Executed DbCommand", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { headId, importId, "13800138000", "13912345678", "6217000011112222333" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }
}
