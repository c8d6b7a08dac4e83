using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Registry;

/// <summary>Small helpers over the registry API, so that tests read as what a user does.</summary>
internal static class RegistryClient
{
    public const string ZhengxiangVillage = "430408001001";
    public const string HongxiangVillage = "430408002001";

    public static object Household(string region, params (string Name, string Id, string Relation)[] members) => new
    {
        regionCode = region,
        kind = "Urban",
        address = "测试路1号",
        bankName = "测试银行",
        bankAccount = "6217000011112222333",
        members = members.Select(m => new { name = m.Name, idNumber = m.Id, relation = m.Relation, phone = "13800138000" }).ToArray(),
    };

    public static async Task<(Guid Household, string HeadId)> CreateAsync(HttpClient client, string region = ZhengxiangVillage)
    {
        var headId = IdNumbers.Next();
        var response = await client.PostAsJsonAsync("/api/registry/households", Household(region, ("张三", headId, "Head"), ("李四", IdNumbers.Next(), "Spouse")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), headId);
    }

    public static async Task<JsonElement> DetailAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/registry/households/{id}");

    public static async Task<JsonElement> SearchAsync(HttpClient client, object filter)
    {
        var response = await client.PostAsJsonAsync("/api/registry/households/search", filter);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
