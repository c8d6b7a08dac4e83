using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>Issue 20.19: a case number reads as programme + day of 受理 + that day's serial (DB202210150003), never hex, and two towns taking applications at once both get one.</summary>
public abstract class CaseNumberTests(WebHost host)
{
    private static async Task<string> NumberAsync(HttpResponseMessage created)
    {
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task Numbers_are_the_programme_the_day_and_a_serial_and_two_towns_at_once_get_two()
    {
        var zhengxiang = await host.LoginAsync("zhengxiang");
        var hongxiang = await host.LoginAsync("hongxiang");
        var (first, _) = await HouseholdAsync(zhengxiang, "430408001005");
        var (second, _) = await HouseholdAsync(hongxiang, "430408002005");
        var (third, _) = await HouseholdAsync(zhengxiang, "430408001006");

        var one = await NumberAsync(await ApplyAsync(zhengxiang, first, Consent()));
        var stem = $"DB{Today():yyyyMMdd}";
        Assert.Matches($"^{stem}[0-9]{{4}}$", one);

        // Two towns at the same moment: both taken, distinct, each the next serial of the day.
        var both = await Task.WhenAll(ApplyAsync(hongxiang, second, Consent()), ApplyAsync(zhengxiang, third, Consent()));
        var numbers = await Task.WhenAll(both.Select(NumberAsync));
        Assert.All(numbers, n => Assert.Matches($"^{stem}[0-9]{{4}}$", n));
        Assert.NotEqual(numbers[0], numbers[1]);
        var serials = numbers.Append(one).Select(n => int.Parse(n[stem.Length..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(serials[0] + 2, serials[2]);
        Assert.DoesNotMatch("[A-F]", string.Concat(numbers.Select(n => n[2..])));
    }
}

[Collection("sqlite")]
public sealed class CaseNumberTestsOnSqlite(SqliteWebHost host) : CaseNumberTests(host);

[Collection("postgres")]
public sealed class CaseNumberTestsOnPostgres(PostgresWebHost host) : CaseNumberTests(host);
