using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using static Minzheng.IntegrationTests.WorkPlan.WorkPlanClient;

namespace Minzheng.IntegrationTests.WorkPlan;

/// <summary>
/// The work plan over HTTP. Each test works on its own (past) year's copy of the plan, so that reports of one test
/// never move another's figures in the shared database.
/// </summary>
public abstract class WorkPlanApiTests(WebHost host)
{
    [Fact]
    public async Task The_shipped_2022_plan_is_there_from_the_first_start_with_live_standards()
    {
        var leader = await host.LoginAsync("leader");
        var plan = await ProgressAsync(leader, 2022);
        Assert.Equal(6, plan.GetProperty("parts").GetArrayLength());
        var points = plan.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("points").EnumerateArray()).ToList();
        Assert.Equal(Enumerable.Range(1, 34), points.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal(29, points.Sum(p => p.GetProperty("targets").GetArrayLength()));

        // Bound to the 标准与参数 settings: 602 元/月 in force, so achieved.
        var urban = Target(plan, "8.dibao-urban");
        Assert.Equal(602m, Value(urban));
        Assert.Equal("Achieved", urban.GetProperty("status").GetString());
        Assert.Equal(5680m, Value(Target(plan, "8.dibao-rural")));

        // Nobody reported the holiday open days, and 2022 is over: overdue, and it says why.
        var openDays = Target(plan, "21.holiday-open-days");
        Assert.Equal("Overdue", openDays.GetProperty("status").GetString());
        Assert.Contains("仍无数据", openDays.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Counted from elderly-care records: none in 2022, so 0 and overdue — a figure, not "no data".
        Assert.Equal(0m, Value(Target(plan, "8.retrofits")));

        // Seen from mid-2022, the reported target had no data yet and a pace to keep.
        var may = Target(await ProgressAsync(leader, 2022, "2022-05-01"), "21.holiday-open-days");
        Assert.Equal("NoData", may.GetProperty("status").GetString());
        Assert.True(may.GetProperty("expected").GetDecimal() > 0);
    }

    [Fact]
    public async Task A_manual_report_moves_its_target_only_once_another_person_approves_it()
    {
        const int year = 2011;
        var officer = await host.LoginAsync("officer");
        var leader = await host.LoginAsync("leader");
        await LoadAsync(officer, year);
        var target = await TargetIdAsync(officer, year, "21.holiday-open-days");

        var report = await ReportIdAsync(await ReportAsync(officer, target, 6, "2011-06-30"));
        Assert.Null(Value(Target(await ProgressAsync(leader, year, "2011-07-01"), "21.holiday-open-days")));

        var own = await ReviewAsync(officer, report, "approve");
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("不能审核自己提交的填报", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await ReviewAsync(leader, report, "approve", "核实无误")).StatusCode);
        var moved = Target(await ProgressAsync(leader, year, "2011-07-01"), "21.holiday-open-days");
        Assert.Equal(6m, Value(moved));
        Assert.Equal("OnTrack", moved.GetProperty("status").GetString()); // 10 × 182/365 ≈ 5.0 due by 1 July

        var again = await ReviewAsync(leader, report, "approve");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // The evidence is kept as uploaded, and listed with the report.
        Assert.Equal(Png, await leader.GetByteArrayAsync($"/api/workplan/reports/{report}/evidence"));
        var detail = await leader.GetFromJsonAsync<JsonElement>($"/api/workplan/targets/{target}");
        var row = detail.GetProperty("reports").EnumerateArray().Single();
        Assert.Equal("Approved", row.GetProperty("status").GetString());
        Assert.Equal("officer", row.GetProperty("reportedBy").GetString());
        Assert.Contains(detail.GetProperty("trend").EnumerateArray(), p => p.GetProperty("month").GetString() == "7月" && p.GetProperty("value").GetDecimal() == 6m);
    }

    [Fact]
    public async Task Bad_reports_get_a_clear_message_and_change_nothing()
    {
        const int year = 2012;
        var officer = await host.LoginAsync("officer");
        var leader = await host.LoginAsync("leader");
        await LoadAsync(officer, year);
        var target = await TargetIdAsync(officer, year, "14.charity-projects");

        async Task Expect(HttpResponseMessage response, HttpStatusCode status, string message)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {text}");
            Assert.Contains(message, text, StringComparison.Ordinal);
        }

        await Expect(await ReportAsync(officer, target, -3, "2012-03-31"), HttpStatusCode.BadRequest, "完成值不能为负数");
        await Expect(await ReportAsync(officer, target, 3, "2011-12-31"), HttpStatusCode.BadRequest, "截至日期须在 2012-01-01 至 2012-12-31 之间");
        await Expect(await ReportAsync(officer, target, 3, "2012-03-31", fileName: null), HttpStatusCode.BadRequest, "请上传佐证材料");
        await Expect(await ReportAsync(officer, target, 3, "2012-03-31", "照片.png", "MZ this is not a picture"u8.ToArray()), HttpStatusCode.BadRequest, "不是有效的 PNG 文件");
        await Expect(await ReportAsync(officer, target, 3, "2012-03-31", "工具.exe", [0x4D, 0x5A]), HttpStatusCode.BadRequest, "只接受");
        await Expect(await ReportAsync(officer, target, 3, "2012-03-31", "空.png", []), HttpStatusCode.BadRequest, "空文件");

        var bound = await TargetIdAsync(officer, 2022, "8.dibao-urban");
        await Expect(await ReportAsync(officer, bound, 700, "2022-03-31"), HttpStatusCode.Conflict, "实时计算");
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(await host.LoginAsync("zhengxiang"), target, 3, "2012-03-31")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(await host.LoginAsync("auditor"), target, 3, "2012-03-31")).StatusCode);

        var first = await ReportIdAsync(await ReportAsync(officer, target, 3, "2012-03-31"));
        await Expect(await ReportAsync(officer, target, 3, "2012-03-31"), HttpStatusCode.Conflict, "请勿重复提交");

        await Expect(await ReviewAsync(leader, first, "reject"), HttpStatusCode.BadRequest, "退回时请写明理由");
        Assert.Equal(HttpStatusCode.NoContent, (await ReviewAsync(leader, first, "reject", "佐证材料不清晰")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReviewAsync(await host.LoginAsync("zhengxiang"), first, "approve")).StatusCode);

        var after = Target(await ProgressAsync(leader, year), "14.charity-projects");
        Assert.Null(Value(after));
        var detail = await leader.GetFromJsonAsync<JsonElement>($"/api/workplan/targets/{target}");
        Assert.Equal(["Rejected"], detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Two_people_approving_the_same_report_at_once_one_wins()
    {
        const int year = 2013;
        var officer = await host.LoginAsync("officer");
        await LoadAsync(officer, year);
        var target = await TargetIdAsync(officer, year, "21.holiday-open-days");
        var report = await ReportIdAsync(await ReportAsync(officer, target, 4, "2013-05-01"));
        var a = await host.LoginAsync("leader");
        var b = await host.LoginAsync("leader");
        var results = await Task.WhenAll(ReviewAsync(a, report, "approve"), ReviewAsync(b, report, "approve"));
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
        var audit = await (await host.LoginAsync("auditor")).GetFromJsonAsync<JsonElement>($"/api/audit?entityId={report}");
        Assert.Single(audit.GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "修改");
    }

    [Fact]
    public async Task Bad_plan_files_are_refused_whole_and_nothing_is_loaded()
    {
        const int year = 2016;
        var officer = await host.LoginAsync("officer");

        var missing = PlanFor(year);
        missing["parts"]![2]!["points"]![1]!.AsObject().Remove("number");
        var response = await PostPlanAsync(officer, missing);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第 3 部分第 2 条要点缺少序号", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var duplicate = PlanFor(year);
        duplicate["parts"]![4]!["points"]![3]!["targets"]![1]!["key"] = "27.home-care-beds";
        Assert.Contains("指标键 27.home-care-beds 重复", await (await PostPlanAsync(officer, duplicate)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = PlanFor(year);
        unknown["parts"]![4]!["points"]![0]!["targets"]![0]!["indicator"] = "elderly.meals_served";
        Assert.Contains("elderly.meals_served", await (await PostPlanAsync(officer, unknown)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var broken = await officer.PostAsync("/api/workplan/plans", new StringContent("{ \"year\": 2016, \"parts\": [", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        var years = await officer.GetFromJsonAsync<int[]>("/api/workplan/plans");
        Assert.DoesNotContain(year, years!);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/workplan/plans/{year}")).StatusCode);
    }

    [Fact]
    public async Task Another_years_plan_loads_from_its_file_and_the_same_file_again_changes_nothing()
    {
        const int year = 2014;
        var officer = await host.LoginAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostPlanAsync(await host.LoginAsync("zhengxiang"), PlanFor(year))).StatusCode);

        var created = await PostPlanAsync(officer, PlanFor(year));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var again = await PostPlanAsync(officer, PlanFor(year));
        var same = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(again.StatusCode == HttpStatusCode.OK, same.ToString());
        Assert.Equal("Unchanged", same.GetProperty("outcome").GetString());
        Assert.Contains(year, (await officer.GetFromJsonAsync<int[]>("/api/workplan/plans"))!);

        // A revised text keeps the targets, and their reports, by key.
        var target = await TargetIdAsync(officer, year, "18.incubation-site");
        await ReportIdAsync(await ReportAsync(officer, target, 1, $"{year}-09-30"));
        var revised = PlanFor(year);
        revised["parts"]![2]!["points"]![3]!["unit"] = "社会组织管理股（修订）";
        var update = await PostPlanAsync(officer, revised);
        var updated = await update.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(update.StatusCode == HttpStatusCode.OK, updated.ToString());
        Assert.Equal("Updated", updated.GetProperty("outcome").GetString());
        Assert.Equal(target, await TargetIdAsync(officer, year, "18.incubation-site"));

        // Dropping a target that has reports is refused, and the plan stays as it was.
        revised["parts"]![2]!["points"]![3]!["targets"] = new System.Text.Json.Nodes.JsonArray();
        var dropped = await PostPlanAsync(officer, revised);
        Assert.Equal(HttpStatusCode.Conflict, dropped.StatusCode);
        Assert.Contains("18.incubation-site", await dropped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(target, await TargetIdAsync(officer, year, "18.incubation-site"));
    }

    [Fact]
    public async Task The_per_town_breakdown_shows_only_the_towns_a_user_may_see()
    {
        var leader = await host.LoginAsync("leader");
        var target = await TargetIdAsync(leader, 2022, "8.dibao-urban");
        var all = await leader.GetFromJsonAsync<JsonElement>($"/api/workplan/targets/{target}");
        var towns = all.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("regionCode").GetString()).ToList();
        Assert.Equal(5, towns.Count);
        Assert.All(all.GetProperty("towns").EnumerateArray(), t => Assert.Equal(602m, t.GetProperty("value").GetDecimal()));

        var hongxiang = await host.LoginAsync("hongxiang");
        var own = await hongxiang.GetFromJsonAsync<JsonElement>($"/api/workplan/targets/{target}");
        Assert.Equal(["430408002"], own.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("regionCode").GetString()));
        Assert.False(own.GetProperty("mayReport").GetBoolean());

        foreach (var outsider in new[] { "sysadmin", "partner" })
        {
            var client = await host.LoginAsync(outsider);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/workplan/targets/{target}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/workplan/plans/2022")).StatusCode);
        }
    }

    [Fact]
    public async Task The_quarterly_report_reads_back_from_its_xlsx_with_figures_and_evidence()
    {
        const int year = 2015;
        var officer = await host.LoginAsync("officer");
        var leader = await host.LoginAsync("leader");
        await LoadAsync(officer, year);
        var target = await TargetIdAsync(officer, year, "14.charity-projects");
        var report = await ReportIdAsync(await ReportAsync(officer, target, 31, "2015-11-30", "慈善项目台账.png"));
        Assert.Equal(HttpStatusCode.NoContent, (await ReviewAsync(leader, report, "approve")).StatusCode);

        var xlsx = await leader.GetAsync($"/api/workplan/plans/{year}/report.xlsx?quarter=4");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(29 + (34 - 12), rows.Count); // a row per target, one per qualitative point
        var projects = rows.Single(r => Equals(r["量化指标"], "实施五大类慈善救助项目"));
        Assert.Equal(31d, Convert.ToDouble(projects["当前值"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("已完成", projects["指标状态"]);
        Assert.Contains("慈善项目台账.png", (string)projects["佐证材料"]!, StringComparison.Ordinal);
        Assert.Contains(rows, r => Equals(r["要点状态"], "定性任务") && Convert.ToInt32(r["序号"], System.Globalization.CultureInfo.InvariantCulture) == 1);

        // The third quarter's report does not count a November report.
        stream.SetLength(0);
        await (await leader.GetStreamAsync($"/api/workplan/plans/{year}/report.xlsx?quarter=3")).CopyToAsync(stream);
        stream.Position = 0;
        var q3 = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Single(r => Equals(r["量化指标"], "实施五大类慈善救助项目"));
        Assert.Null(q3["当前值"]);

        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync($"/api/workplan/plans/{year}/report.xlsx?quarter=5")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class WorkPlanApiTestsOnSqlite(SqliteWebHost host) : WorkPlanApiTests(host);

[Collection("postgres")]
public sealed class WorkPlanApiTestsOnPostgres(PostgresWebHost host) : WorkPlanApiTests(host);
