using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.WorkPlan;

/// <summary>Helpers over the work-plan API, so that tests read as what a bureau's staff do.</summary>
internal static class WorkPlanClient
{
    public static readonly byte[] Png = Minzheng.TestSupport.TestFiles.Png;

    /// <summary>The shipped 2022 plan moved to another (past) year: a second plan file, as the bureau would write it.</summary>
    public static JsonObject PlanFor(int year)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root(), "plans", "2022.json"))
            .Replace("2022-", $"{year}-", StringComparison.Ordinal)
            .Replace("\"year\": 2022", $"\"year\": {year}", StringComparison.Ordinal)
            .Replace("2022年", $"{year}年", StringComparison.Ordinal);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static Task<HttpResponseMessage> PostPlanAsync(HttpClient client, JsonObject plan) =>
        client.PostAsync("/api/workplan/plans", new StringContent(plan.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task LoadAsync(HttpClient client, int year)
    {
        var response = await PostPlanAsync(client, PlanFor(year));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> ProgressAsync(HttpClient client, int year, string? asOf = null) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/workplan/plans/{year}" + (asOf is null ? string.Empty : $"?asOf={asOf}"));

    public static JsonElement Target(JsonElement plan, string key) =>
        plan.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("points").EnumerateArray())
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Single(t => t.GetProperty("key").GetString() == key);

    public static async Task<Guid> TargetIdAsync(HttpClient client, int year, string key) =>
        Target(await ProgressAsync(client, year), key).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ReportAsync(HttpClient client, Guid target, decimal? value, string? asOf, string? fileName = "验收单.png", byte[]? bytes = null, string? note = "按镇街汇总") =>
        client.PostAsJsonAsync($"/api/workplan/targets/{target}/reports", new
        {
            value,
            asOf,
            note,
            evidence = fileName is null ? null : new { name = fileName, contentType = "image/png", base64 = Convert.ToBase64String(bytes ?? Png) },
        });

    public static async Task<Guid> ReportIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ReviewAsync(HttpClient client, Guid report, string action, string? note = null) =>
        client.PostAsJsonAsync($"/api/workplan/reports/{report}/{action}", new { note });

    public static decimal? Value(JsonElement target) =>
        target.GetProperty("value").ValueKind == JsonValueKind.Null ? null : target.GetProperty("value").GetDecimal();
}
