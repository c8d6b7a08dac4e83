using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Monitoring;

/// <summary>Helpers over the monitoring API, so that tests read as what the district and the towns do.</summary>
internal static class MonitoringClient
{
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string csv, string fileName = "feed.csv") =>
        client.PostAsJsonAsync($"/api/monitoring/feeds/{kind}/uploads", new { fileName, contentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)) });

    public static async Task UploadOkAsync(HttpClient client, string kind, string csv)
    {
        var response = await UploadAsync(client, kind, csv);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A household of two in a village, put under monitoring as 防返贫监测对象; its number and both ID numbers.</summary>
    public static async Task<(Guid Id, string Number, string HeadId, string SpouseId)> MonitoredHouseholdAsync(HttpClient worker, string village)
    {
        var head = IdNumbers.Next();
        var spouse = IdNumbers.Next();
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(village, ("张三", head, "Head"), ("李四", spouse, "Spouse")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        var number = (await RegistryClient.DetailAsync(worker, id)).GetProperty("number").GetString()!;
        var added = await worker.PostAsJsonAsync("/api/monitoring/subjects", new { householdNumber = number, category = "anti_poverty", reason = "家庭主要劳动力患病" });
        Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        return (id, number, head, spouse);
    }

    /// <summary>Starts a period's run and waits until it is no longer running.</summary>
    public static async Task<JsonElement> RunAsync(HttpClient district, string period)
    {
        var started = await district.PostAsJsonAsync("/api/monitoring/runs", new { period });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        for (var i = 0; i < 300; i++)
        {
            var run = await district.GetFromJsonAsync<JsonElement>($"/api/monitoring/runs/{id}");
            if (run.GetProperty("status").GetString() != "Running")
            {
                Assert.True(run.GetProperty("status").GetString() == "Completed", run.ToString());
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the run did not finish");
    }

    public static async Task<List<JsonElement>> AlertsAsync(HttpClient client, string query = "status=active&size=100") =>
        (await client.GetFromJsonAsync<JsonElement>("/api/monitoring/alerts?" + query)).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Time passing for one alert: its deadline moved into the past, as if the town had let it lie.</summary>
    public static async Task MakeOverdueAsync(WebHost host, Guid alertId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<Minzheng.Monitoring.Data.MonitoringDbContext>();
        var alert = await db.Alerts.FindAsync(alertId);
        alert!.DueOn = alert.RaisedOn.AddDays(-1);
        await db.SaveChangesAsync();
    }
}
