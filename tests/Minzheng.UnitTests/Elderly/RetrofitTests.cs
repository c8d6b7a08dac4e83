using Minzheng.Elderly.Domain.Retrofits;
using Minzheng.Platform.Errors;

namespace Minzheng.UnitTests.Elderly;

/// <summary>A retrofit's stages are its own rules (issue 17.5): in order, none skipped, none dated before the last, the subsidy within the cap.</summary>
public class RetrofitTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly (string, byte[]) Photo = ("p.png", [1, 2, 3]);

    private static Retrofit Applied() => new() { PersonId = Guid.NewGuid(), RegionCode = "430408001001", Items = "扶手安装", AppliedOn = Today.AddDays(-10), RecordedBy = "t" };

    [Fact]
    public void The_stages_follow_in_order_each_moving_the_version()
    {
        var r = Applied();
        r.Assess(Today.AddDays(-9), 150_000, 300_000, Today, "评估", 0);
        r.StartConstruction(Today.AddDays(-5), Photo, Today, null, 1);
        r.Complete(Today, Photo, Today, null, 2);
        Assert.Equal(RetrofitStage.Accepted, r.Stage);
        Assert.Equal(3, r.Version);
        Assert.Equal(150_000, r.SubsidyFen);
        Assert.Equal("评估", r.Note);
        Assert.Throws<BusinessRuleException>(() => r.EnsureNext(RetrofitStage.Accepted + 1, null));
    }

    [Fact]
    public void A_stage_cannot_be_skipped()
    {
        var r = Applied();
        var e = Assert.Throws<BusinessRuleException>(() => r.Complete(Today, Photo, Today, null, null));
        Assert.Contains("不能跳过", e.Message, StringComparison.Ordinal);
        Assert.Equal(RetrofitStage.Applied, r.Stage);
    }

    [Fact]
    public void A_stage_is_dated_between_the_last_one_and_today()
    {
        var r = Applied();
        Assert.Throws<InputValidationException>(() => r.Assess(Today.AddDays(-11), 1, 300_000, Today, null, null));
        Assert.Throws<InputValidationException>(() => r.Assess(Today.AddDays(1), 1, 300_000, Today, null, null));
        Assert.Equal(0, r.Version);
    }

    [Fact]
    public void The_subsidy_stays_within_the_cap_in_force()
    {
        var r = Applied();
        Assert.Throws<InputValidationException>(() => r.Assess(Today, 300_001, 300_000, Today, null, null));
        Assert.Null(r.SubsidyFen);
        Assert.Equal(RetrofitStage.Applied, r.Stage);
    }

    [Fact]
    public void A_stage_on_a_version_somebody_has_moved_on_is_refused()
    {
        var r = Applied();
        r.Assess(Today, 1, 300_000, Today, null, 0);
        Assert.Throws<BusinessRuleException>(() => r.StartConstruction(Today, Photo, Today, null, seenVersion: 0));
    }
}
