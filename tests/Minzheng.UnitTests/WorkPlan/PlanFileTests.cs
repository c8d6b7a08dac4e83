using System.Text;
using System.Text.Json.Nodes;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Indicators;
using Minzheng.WorkPlan;
using Minzheng.WorkPlan.Features.LoadPlan;

namespace Minzheng.UnitTests.WorkPlan;

/// <summary>The shipped 2022 plan against the seed, and the refusals of bad plan files.</summary>
public sealed class PlanFileTests
{
    // The indicators the running modules publish (the social-assistance standards); their list needs no database.
    private static readonly IndicatorRegistry Indicators = new(
    [
        new Minzheng.Assistance.Features.PublishIndicators.StandardIndicators(null!),
        new Minzheng.Elderly.Features.PublishIndicators.VisitIndicators(null!),
        new Minzheng.Elderly.Features.PublishIndicators.ServiceIndicators(null!, null!),
        new Minzheng.Elderly.Features.PublishIndicators.FacilityIndicators(null!, null!),
    ]);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Minzheng.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    private static byte[] Shipped2022() => WorkPlanModule.ShippedPlans().Single(p => p.Name == "2022.json").Bytes;

    private static JsonObject Json() => JsonNode.Parse(Shipped2022())!.AsObject();

    private static IDictionary<string, string[]> Validate(JsonObject plan) =>
        PlanFileValidator.Validate(PlanFileReader.Read(Encoding.UTF8.GetBytes(plan.ToJsonString())), Indicators).ToDictionary();

    [Fact]
    public void The_2022_plan_has_the_seeds_six_parts_and_thirty_four_points_verbatim()
    {
        var plan = PlanFileReader.Read(Shipped2022());
        Assert.Empty(PlanFileValidator.Validate(plan, Indicators).All);
        Assert.Equal(6, plan.Parts!.Count);
        var points = plan.Parts.SelectMany(p => p.Points!).ToList();
        Assert.Equal(Enumerable.Range(1, 34), points.Select(p => p.Number!.Value));
        Assert.All(points, p => Assert.False(string.IsNullOrWhiteSpace(p.Unit)));
        Assert.StartsWith("抓好重点民生实事。年内要完成1200户困难老年人居家适老化改造", points[7].Text, StringComparison.Ordinal);
        Assert.EndsWith("保障群众合法权益。", points[33].Text, StringComparison.Ordinal);

        // Where the seed sits beside the checkout (the development machines), every point is its text verbatim.
        var seed = Path.Combine(RepoRoot(), "..", "shared", "seed", "000_676810b172ae7fcd.txt");
        if (File.Exists(seed))
        {
            var text = File.ReadAllText(seed);
            Assert.All(points, p => Assert.Contains($"{p.Number}.{p.Text}", text, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("8.retrofits", 1200, "户", "elderly.retrofits_completed")]
    [InlineData("8.home-care-beds", 1100, "张", "elderly.new_home_care_beds")]
    [InlineData("8.dibao-urban", 602, "元/月", "assistance.dibao_urban_standard")]
    [InlineData("8.dibao-rural", 5680, "元/年", "assistance.dibao_rural_standard")]
    [InlineData("8.disability-living", 75, "元/月", "assistance.disability_living_subsidy")]
    [InlineData("8.disability-care", 75, "元/月", "assistance.disability_care_subsidy")]
    [InlineData("3.ideology-meetings", 2, "次", null)]
    [InlineData("12.child-protection-stations", 20, "%", null)]
    [InlineData("14.charity-projects", 30, "个", null)]
    [InlineData("14.charity-branches", 100, "%", null)]
    [InlineData("18.incubation-site", 1, "个", null)]
    [InlineData("21.holiday-open-days", 10, "天", null)]
    [InlineData("24.nursing-home", 1, "所", null)]
    [InlineData("24.nursing-bed-share", 60, "%", "elderly.nursing_bed_share")]
    [InlineData("24.rural-facility-coverage", 60, "%", "elderly.rural_facility_coverage")]
    [InlineData("27.home-care-beds", 1100, "张", "elderly.new_home_care_beds")]
    [InlineData("27.service-visits", 2200, "人次", "elderly.service_visits")]
    [InlineData("27.centre-coverage-subdistrict", 80, "%", "elderly.centre_coverage_subdistrict")]
    [InlineData("27.centre-coverage-township", 60, "%", "elderly.centre_coverage_township")]
    [InlineData("27.disabled-support-rate", 100, "%", "elderly.disabled_support_rate")]
    [InlineData("27.monthly-visit-rate", 100, "%", "elderly.monthly_visit_rate")]
    [InlineData("33.fundraising-risks", 0, "个", null)]
    public void Every_quantitative_target_of_the_seed_is_in_the_plan(string key, int value, string unit, string? indicator)
    {
        var target = PlanFileReader.Read(Shipped2022()).Parts!.SelectMany(p => p.Points!).SelectMany(p => p.Targets!).Single(t => t.Key == key);
        Assert.Equal(value, target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(indicator, target.Indicator);
        Assert.Equal(new DateOnly(2022, 12, 31), target.Deadline);
    }

    [Fact]
    public void A_point_without_its_number_is_refused_and_named()
    {
        var plan = Json();
        plan["parts"]![1]!["points"]![0]!.AsObject().Remove("number");
        var errors = Validate(plan);
        Assert.Contains(errors, e => e.Key == "parts[1].points[0].number" && e.Value.Single().Contains("第 2 部分第 1 条要点缺少序号", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_point_numbers_and_target_keys_are_refused()
    {
        var plan = Json();
        plan["parts"]![0]!["points"]![1]!["number"] = 1;
        var targets = plan["parts"]![1]!["points"]![0]!["targets"]!.AsArray();
        targets[1]!["key"] = targets[0]!["key"]!.GetValue<string>();
        var messages = Validate(plan).SelectMany(e => e.Value).ToList();
        Assert.Contains("要点序号 1 重复", messages);
        Assert.Contains("指标键 8.retrofits 重复", messages);
    }

    [Fact]
    public void A_target_bound_to_an_indicator_no_module_publishes_is_refused()
    {
        var plan = Json();
        plan["parts"]![1]!["points"]![0]!["targets"]![0]!["indicator"] = "elderly.meals_served";
        var message = Validate(plan).Single().Value.Single();
        Assert.Contains("elderly.meals_served", message, StringComparison.Ordinal);
        Assert.Contains("没有任何模块发布", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_directions_and_dates_are_refused()
    {
        var plan = Json();
        var target = plan["parts"]![1]!["points"]![0]!["targets"]![0]!;
        target["value"] = -1;
        target["direction"] = "more";
        target["deadline"] = "2021-12-31";
        var keys = Validate(plan).Keys.ToList();
        Assert.Contains("parts[1].points[0].targets[0].value", keys);
        Assert.Contains("parts[1].points[0].targets[0].direction", keys);
        Assert.Contains("parts[1].points[0].targets[0].deadline", keys);
    }

    [Theory]
    [InlineData("{ \"year\": 2022, ")]
    [InlineData("not json at all")]
    [InlineData("{ \"year\": \"二〇二二\" }")]
    public void A_file_that_is_not_a_plan_is_an_input_error(string text)
    {
        var e = Assert.Throws<InputValidationException>(() => PlanFileReader.Read(Encoding.UTF8.GetBytes(text)));
        Assert.Contains("JSON", e.Errors["file"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_plan_says_what_is_missing()
    {
        var errors = PlanFileValidator.Validate(PlanFileReader.Read("{}"u8.ToArray()), Indicators);
        foreach (var key in (string[])["year", "region", "title", "parts"])
        {
            Assert.True(errors.Has(key), key);
        }
    }
}
