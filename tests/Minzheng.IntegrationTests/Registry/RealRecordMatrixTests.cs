using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Retrofits;
using Minzheng.Elderly.Domain.Services;
using Minzheng.IntegrationTests.Assistance;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Platform.Access;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Registry;

/// <summary>
/// The cross-region matrix on real records (issue 16.4): one record of every kind in a village of 蒸湘街道, and every API
/// route and page that names a record called with that record's own id by a worker of another town, a village
/// assistant of another village, a partner department, a service provider's account and each of the 三员. Every
/// answer is 403 or 404, no page shows the record, and nothing changed.
/// </summary>
public abstract class RealRecordMatrixTests(WebHost host)
{
    private const string Village = "430408001002"; // the assistant's village is 430408001001: another village
    private const string Marker = "矩阵";

    private static readonly JsonSerializerOptions SnapshotJson = new() { ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles };

    public static readonly string[] Outsiders = ["hongxiang", "assistant", "partner", "carer", "sysadmin", "secadmin", "auditadmin"];

    [Fact]
    public async Task Every_route_and_page_with_a_record_of_another_town_answers_403_or_404_and_changes_nothing()
    {
        var ids = await SeedAsync();
        var before = await SnapshotAsync(ids);

        var routes = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } r && r.StartsWith("/api/", StringComparison.Ordinal) && r.Contains("{id", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .ToList();
        Assert.True(routes.Count >= 60, $"found only {routes.Count} routes naming a record");
        var pages = new[]
        {
            $"/registry/households/{ids["household"]}", $"/elderly/{ids["person"]}", $"/assistance/cases/{ids["case"]}", $"/assistance/cases/{ids["case"]}/publicity",
            $"/assistance/cases/{ids["case"]}/refusal", $"/assistance/payroll/{ids["run"]}", $"/assistance/payroll/payments/{ids["payment"]}",
            $"/monitoring/alerts/{ids["alert"]}", $"/monitoring/cases/{ids["case"]}", $"/monitoring/verifications/{ids["verification"]}",
        };

        var checkedRoutes = 0;
        foreach (var user in Outsiders)
        {
            var client = await host.LoginAsync(user);
            foreach (var (method, route) in routes)
            {
                if (IdFor(route, ids) is not { } id)
                {
                    continue; // district-wide by design (work plan, partner clients, match runs, dead letters): CrossRegionMatrixTests
                }

                var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{id(:guid)?\}", id.ToString());
                var action = route.EndsWith("/benefit", StringComparison.Ordinal) ? "Review" : "RecordVerification";
                var body = JsonContent.Create(new { action, note = "越权" + Marker, reason = "越权" + Marker, risk = "High", startsOn = "2026-01-01", field = "IdNumber", purpose = "越权测试用途", status = "Deceased", leftBehind = true });
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : body });
                var text = await response.Content.ReadAsStringAsync();
                var what = $"{user} {method} {route} → {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}";
                if (route.StartsWith("/api/elderly/providers/", StringComparison.Ordinal) && method == "GET" && response.StatusCode == HttpStatusCode.OK)
                {
                    Assert.DoesNotContain(Marker, text, StringComparison.Ordinal); // the directory is district-wide; the town's inspections are not
                }
                else
                {
                    Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, what);
                }

                checkedRoutes++;
            }

            foreach (var page in pages)
            {
                var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
                Assert.DoesNotContain(Marker, html, StringComparison.Ordinal);
                Assert.DoesNotContain(ids["household"].ToString(), html, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.True(checkedRoutes >= 7 * 50, $"only {checkedRoutes} calls made");
        Assert.Equal(before, await SnapshotAsync(ids));
    }

    /// <summary>The seeded record a route names, by the route's nouns; null for routes whose records are district-wide.</summary>
    private static Guid? IdFor(string route, Dictionary<string, Guid> ids)
    {
        (string Part, string Key)[] map =
        [
            ("/api/registry/households/", "household"), ("/api/registry/persons/", "person"), ("/api/elderly/persons/", "person"), ("/api/provider/clients/", "person"),
            ("/api/assistance/cases/", "case"), ("/api/assistance/gaps/", "household"), ("/api/assistance/payroll/runs/", "run"), ("/api/assistance/payroll/payments/", "payment"),
            ("/api/assistance/photos/", "photo"), ("/api/monitoring/alerts/", "alert"), ("/api/monitoring/verifications/", "verification"),
            ("/api/elderly/deliveries/", "delivery"), ("/api/elderly/retrofits/", "retrofit"), ("/api/elderly/meal-enrolments/", "enrolment"),
            ("/api/elderly/orders/", "order"), ("/api/elderly/inspections/", "inspection"), ("/api/elderly/providers/", "provider"),
        ];
        return map.FirstOrDefault(m => route.StartsWith(m.Part, StringComparison.Ordinal)) is { Part: not null } hit ? ids[hit.Key] : null;
    }

    private async Task<Dictionary<string, Guid>> SeedAsync()
    {
        var owner = await host.LoginAsync("zhengxiang");
        var created = await owner.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village,
            (Marker + "户主", IdNumbers.Next(new DateOnly(1950, 2, 3)), "Head"), (Marker + "配偶", IdNumbers.Next(new DateOnly(1952, 6, 7)), "Spouse")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var person = (await RegistryClient.DetailAsync(owner, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
        var caseId = await AssistanceClient.NewCaseAsync(owner, household);
        var ids = new Dictionary<string, Guid> { ["household"] = household, ["person"] = person, ["case"] = caseId };

        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("matrix");
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);

        var assistance = scope.ServiceProvider.GetRequiredService<AssistanceDbContext>();
        var photo = new CasePhoto { CaseId = caseId, RegionCode = Village, FileName = "p.png", Caption = Marker + "照片", Bytes = AssistanceClient.Png, TakenBy = "zhengxiang", CreatedAtUtc = now };
        var run = new PayrollRun { Programme = "dibao", TownCode = "430408001", Month = $"{2030 + Random.Shared.Next(0, 60)}-0{Random.Shared.Next(1, 9)}", Status = PayrollStatus.Prepared, PreparedBy = "zhengxiang", PreparedAtUtc = now };
        var payment = new Payment { RunId = run.Id, CaseId = caseId, CaseNumber = Marker + "案", HouseholdId = household, BeneficiaryId = household, HouseholdNumber = Marker + "户", RegionCode = Village, Month = run.Month, AmountFen = 60200 };
        assistance.AddRange(photo, run, payment);
        await assistance.SaveChangesAsync();

        var monitoring = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        var alert = new Alert { RunId = Guid.NewGuid(), Period = "2026-01", Rule = "deceased", Kind = AlertKind.Death, HouseholdId = household, HouseholdNumber = Marker + "户", PersonId = person, PersonLabel = Marker + "户主", RegionCode = Village, Programme = "dibao", Value = "2026-01-01", Evidence = Marker, RaisedOn = today, DueOn = today.AddDays(5), Status = AlertStatus.Open };
        var verification = new Verification { CaseId = caseId, CaseNumber = Marker + "案", HouseholdId = household, HouseholdNumber = Marker + "户", RegionCode = Village, ReportJson = "{}", CreatedBy = "officer", CreatedAtUtc = now };
        monitoring.AddRange(alert, verification);
        await monitoring.SaveChangesAsync();

        var elderly = scope.ServiceProvider.GetRequiredService<ElderlyDbContext>();
        var provider = new Provider { Name = Marker + "养老院", Kind = ProviderKind.Institution, RegionCode = "430408001", Contact = "0734", RecordedBy = "officer", CreatedAtUtc = now };
        var inspection = new SafetyInspection { ProviderId = provider.Id, RegionCode = "430408001", InspectedOn = today, Inspector = "检查员", Result = InspectionResult.Pass, Findings = Marker + "检查", RecordedBy = "officer", CreatedAtUtc = now };
        var delivery = new ServiceDelivery { PersonId = person, RegionCode = Village, ProviderId = provider.Id, PhotoName = "d.png", Items = Marker + "助浴", Staff = "护理员", CheckInUtc = now.AddHours(-2), CheckOutUtc = now.AddHours(-1), SubsidyFen = 3000, Salt = "00", Commitment = "00", RecordedBy = "zhengxiang", CreatedAtUtc = now };
        var retrofit = new Retrofit { PersonId = person, RegionCode = Village, Items = Marker + "扶手", AppliedOn = today, RecordedBy = "zhengxiang" };
        var enrolment = new MealEnrolment { PersonId = person, RegionCode = Village, ProviderId = provider.Id, Since = today, RecordedBy = "zhengxiang", CreatedAtUtc = now };
        var order = new ServiceOrder { PersonId = person, RegionCode = Village, ProviderId = provider.Id, Items = Marker + "上门", DueOn = today.AddDays(3), Status = OrderStatus.Open, CreatedBy = "zhengxiang", CreatedAtUtc = now };
        elderly.AddRange(provider, inspection, delivery, retrofit, enrolment, order);
        elderly.DeliveryPhotos.Add(new DeliveryPhoto { DeliveryId = delivery.Id, Name = "d.png", Bytes = AssistanceClient.Png });
        await elderly.SaveChangesAsync();

        ids["photo"] = photo.Id;
        ids["run"] = run.Id;
        ids["payment"] = payment.Id;
        ids["alert"] = alert.Id;
        ids["verification"] = verification.Id;
        ids["provider"] = provider.Id;
        ids["inspection"] = inspection.Id;
        ids["delivery"] = delivery.Id;
        ids["retrofit"] = retrofit.Id;
        ids["enrolment"] = enrolment.Id;
        ids["order"] = order.Id;
        return ids;
    }

    /// <summary>Every seeded record as stored (and the town's row counts), to compare before and after the calls.</summary>
    private async Task<string> SnapshotAsync(Dictionary<string, Guid> ids)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("matrix");
        var a = scope.ServiceProvider.GetRequiredService<AssistanceDbContext>();
        var m = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        var e = scope.ServiceProvider.GetRequiredService<ElderlyDbContext>();
        var r = scope.ServiceProvider.GetRequiredService<Minzheng.Registry.Data.RegistryDbContext>();
        object[] rows =
        [
            await r.Households.AsNoTracking().Include(h => h.Members).SingleAsync(h => h.Id == ids["household"]),
            await a.Cases.AsNoTracking().Include(c => c.Events).Include(c => c.Incomes).SingleAsync(c => c.Id == ids["case"]),
            await a.Photos.AsNoTracking().Select(p => new { p.Id, p.Caption, p.CaseId }).SingleAsync(p => p.Id == ids["photo"]),
            await a.PayrollRuns.AsNoTracking().SingleAsync(x => x.Id == ids["run"]),
            await a.Payments.AsNoTracking().SingleAsync(x => x.Id == ids["payment"]),
            await m.Alerts.AsNoTracking().SingleAsync(x => x.Id == ids["alert"]),
            await m.Verifications.AsNoTracking().SingleAsync(x => x.Id == ids["verification"]),
            await e.Providers.AsNoTracking().SingleAsync(x => x.Id == ids["provider"]),
            await e.Inspections.AsNoTracking().SingleAsync(x => x.Id == ids["inspection"]),
            await e.Deliveries.AsNoTracking().SingleAsync(x => x.Id == ids["delivery"]),
            await e.Retrofits.AsNoTracking().Select(x => new { x.Id, x.Stage, x.Items, x.SubsidyFen, x.Version }).SingleAsync(x => x.Id == ids["retrofit"]),
            await e.MealEnrolments.AsNoTracking().SingleAsync(x => x.Id == ids["enrolment"]),
            await e.Orders.AsNoTracking().SingleAsync(x => x.Id == ids["order"]),
            new
            {
                Assessments = await e.Assessments.CountAsync(x => x.PersonId == ids["person"]), Flags = await e.Flags.CountAsync(x => x.PersonId == ids["person"]),
                Plans = await e.VisitPlans.CountAsync(x => x.PersonId == ids["person"]), Visits = await e.Visits.CountAsync(x => x.PersonId == ids["person"]),
                Beds = await e.Beds.CountAsync(x => x.PersonId == ids["person"]), Meals = await e.Meals.CountAsync(x => x.PersonId == ids["person"]),
                Centenarian = await e.CentenarianActions.CountAsync(x => x.PersonId == ids["person"]), Changes = await a.BenefitChanges.CountAsync(x => x.CaseId == ids["case"]),
                Gaps = await a.GapReviews.CountAsync(x => x.HouseholdId == ids["household"]), Inspections = await e.Inspections.CountAsync(x => x.ProviderId == ids["provider"]),
            },
        ];
        return JsonSerializer.Serialize(rows, SnapshotJson);
    }
}

[Collection("sqlite")]
public sealed class RealRecordMatrixTestsOnSqlite(SqliteWebHost host) : RealRecordMatrixTests(host);

[Collection("postgres")]
public sealed class RealRecordMatrixTestsOnPostgres(PostgresWebHost host) : RealRecordMatrixTests(host);
