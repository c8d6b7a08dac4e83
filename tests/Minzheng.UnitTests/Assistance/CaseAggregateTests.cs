using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Errors;

namespace Minzheng.UnitTests.Assistance;

/// <summary>The case's status moves only through its own methods (issue 17.5): the workflow's rules hold whichever handler calls.</summary>
public class CaseAggregateTests
{
    private static AssistanceCase AtVerification()
    {
        var c = new AssistanceCase { RegionCode = "430408001001" };
        c.Receive(CaseStatus.Verification);
        return c;
    }

    [Fact]
    public void A_step_moves_the_case_on_and_its_version_with_it()
    {
        var c = AtVerification();
        c.Take(CaseAction.RecordVerification, seenVersion: 0);
        Assert.Equal(CaseStatus.Investigation, c.Status);
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void A_step_from_the_wrong_status_is_refused_in_Chinese_and_changes_nothing()
    {
        var c = AtVerification();
        var e = Assert.Throws<BusinessRuleException>(() => c.Take(CaseAction.Approve, null));
        Assert.Contains("不能执行", e.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Verification, c.Status);
        Assert.Equal(0, c.Version);
    }

    [Fact]
    public void A_step_on_a_version_somebody_has_moved_on_is_refused()
    {
        var c = AtVerification();
        c.Take(CaseAction.RecordVerification, 0);
        Assert.Throws<BusinessRuleException>(() => c.Take(CaseAction.RecordInvestigation, seenVersion: 0));
        Assert.Equal(CaseStatus.Investigation, c.Status);
    }

    [Fact]
    public void An_application_starts_only_as_submitted_or_at_verification()
    {
        Assert.Throws<InvalidOperationException>(() => new AssistanceCase().Receive(CaseStatus.Approved));
        var c = AtVerification();
        c.Take(CaseAction.RecordVerification, null);
        Assert.Throws<InvalidOperationException>(() => c.Receive(CaseStatus.Verification)); // a case in progress is never reset
    }

    [Fact]
    public void Only_a_benefit_in_force_is_managed_and_stopping_it_stops_it()
    {
        var c = AtVerification();
        c.Programme = Minzheng.Assistance.Domain.Programmes.Programme.Dibao;
        Assert.Throws<BusinessRuleException>(() => c.Manage(BenefitAction.Stop, null));
        foreach (var step in new[] { CaseAction.RecordVerification, CaseAction.RecordInvestigation, CaseAction.TownApprove, CaseAction.ClosePublicity, CaseAction.Approve })
        {
            c.Take(step, null);
        }

        c.Manage(BenefitAction.Suspend, c.Version);
        Assert.Equal(CaseStatus.Suspended, c.Status);
        Assert.Throws<BusinessRuleException>(() => c.Manage(BenefitAction.GradualExit, null)); // not while suspended
        c.Manage(BenefitAction.Resume, null);
        Assert.Equal(CaseStatus.Approved, c.Status);
        c.Manage(BenefitAction.Stop, null);
        Assert.Equal(CaseStatus.Stopped, c.Status);
    }

    private static AssistanceCase Approved(Minzheng.Assistance.Domain.Programmes.Programme programme)
    {
        var c = AtVerification();
        c.Programme = programme;
        foreach (var step in new[] { CaseAction.RecordVerification, CaseAction.RecordInvestigation, CaseAction.TownApprove, CaseAction.ClosePublicity, CaseAction.Approve })
        {
            c.Take(step, null);
        }

        return c;
    }

    [Theory]
    [InlineData(Minzheng.Assistance.Domain.Programmes.Programme.Tekun)]
    [InlineData(Minzheng.Assistance.Domain.Programmes.Programme.DisabilityCare)]
    public void Amount_changes_and_gradual_exit_belong_to_dibao(object programme)
    {
        var c = Approved((Minzheng.Assistance.Domain.Programmes.Programme)programme);
        var e = Assert.Throws<BusinessRuleException>(() => c.Manage(BenefitAction.GradualExit, null));
        Assert.Contains("只适用于最低生活保障", e.Message, StringComparison.Ordinal);
        Assert.Throws<BusinessRuleException>(() => c.Manage(BenefitAction.ChangeAmount, null));
        Assert.DoesNotContain(BenefitAction.ChangeAmount, BenefitWorkflow.Open(c));
        Assert.Contains(BenefitAction.GradualExit, BenefitWorkflow.Open(Approved(Minzheng.Assistance.Domain.Programmes.Programme.Dibao)));
    }

    [Fact]
    public void A_subsidy_stops_at_once_but_tekun_only_through_a_termination_posted_first()
    {
        var care = Approved(Minzheng.Assistance.Domain.Programmes.Programme.DisabilityCare);
        care.Manage(BenefitAction.Stop, null);
        Assert.Equal(CaseStatus.Stopped, care.Status);
        Assert.Throws<BusinessRuleException>(() => Approved(Minzheng.Assistance.Domain.Programmes.Programme.Dibao).Manage(BenefitAction.ProposeTermination, null));

        var tekun = Approved(Minzheng.Assistance.Domain.Programmes.Programme.Tekun);
        Assert.Contains("须先公示", Assert.Throws<BusinessRuleException>(() => tekun.Manage(BenefitAction.Stop, null)).Message, StringComparison.Ordinal);
        Assert.Equal([BenefitAction.Review, BenefitAction.Suspend, BenefitAction.ProposeTermination], BenefitWorkflow.Open(tekun));
        Assert.Throws<BusinessRuleException>(() => tekun.Manage(BenefitAction.ConfirmTermination, null)); // nothing proposed

        tekun.Manage(BenefitAction.ProposeTermination, null, until: new DateOnly(2026, 12, 14));
        Assert.Equal(CaseStatus.Approved, tekun.Status); // still supported while posted
        Assert.Equal([BenefitAction.Review, BenefitAction.Suspend, BenefitAction.TerminationObjection, BenefitAction.ConfirmTermination, BenefitAction.WithdrawTermination], BenefitWorkflow.Open(tekun));
        tekun.Manage(BenefitAction.TerminationObjection, null, until: new DateOnly(2026, 12, 28));
        Assert.DoesNotContain(BenefitAction.TerminationObjection, BenefitWorkflow.Open(tekun)); // one objection procedure at a time
        tekun.Manage(BenefitAction.ConfirmTermination, null);
        Assert.Equal(CaseStatus.Stopped, tekun.Status);
        Assert.Null(tekun.TerminationPublicityEndsOn);
    }

    [Fact]
    public void A_monitoring_finding_brings_the_review_forward_and_suspends_only_when_it_says_so()
    {
        var c = AtVerification();
        Assert.Throws<InvalidOperationException>(() => c.HoldForReview(true, new DateOnly(2026, 12, 7))); // not in force
        foreach (var step in new[] { CaseAction.RecordVerification, CaseAction.RecordInvestigation, CaseAction.TownApprove, CaseAction.ClosePublicity, CaseAction.Approve })
        {
            c.Take(step, null);
        }

        c.NextReviewOn = new DateOnly(2027, 6, 1);
        Assert.False(c.HoldForReview(suspend: false, new DateOnly(2026, 12, 7)));
        Assert.Equal(CaseStatus.Approved, c.Status);
        Assert.Equal(new DateOnly(2026, 12, 7), c.NextReviewOn);
        Assert.True(c.HoldForReview(suspend: true, new DateOnly(2026, 12, 8)));
        Assert.Equal(CaseStatus.Suspended, c.Status);
        Assert.Equal(new DateOnly(2026, 12, 7), c.NextReviewOn); // an earlier review stays
    }

    [Fact]
    public void The_whole_case_limit_is_extended_once_with_its_reason_and_only_while_the_case_is_open()
    {
        var c = AtVerification();
        var accepted = new DateOnly(2026, 3, 2); // a Monday; no holiday in the next nine weeks but 清明 and 劳动节
        c.Accept(accepted, 30);
        var limit = c.TotalDueOn!.Value;
        Assert.Equal(Minzheng.Kernel.Calendar.WorkingDayCalendar.Default.AddWorkingDays(accepted, 30), limit);

        c.Extend("申请人住院", 15, seenVersion: 0);
        Assert.Equal(Minzheng.Kernel.Calendar.WorkingDayCalendar.Default.AddWorkingDays(accepted, 45), c.TotalDueOn);
        Assert.Equal(45, c.LimitWorkingDays);
        Assert.Equal(1, c.Version);
        Assert.Contains("不能再次延长", Assert.Throws<BusinessRuleException>(() => c.Extend("再延长", 15, null)).Message, StringComparison.Ordinal);

        var unaccepted = new AssistanceCase { RegionCode = "430408001001" };
        unaccepted.Receive(CaseStatus.Submitted);
        Assert.Throws<BusinessRuleException>(() => unaccepted.Extend("未受理", 15, null));
    }

    [Fact]
    public void A_case_past_its_whole_limit_is_overdue_even_in_publicity_where_no_step_deadline_runs()
    {
        var c = AtVerification();
        c.Accept(new DateOnly(2026, 3, 2), 30);
        c.Take(CaseAction.RecordVerification, null);
        c.Take(CaseAction.RecordInvestigation, null);
        c.Take(CaseAction.TownApprove, null);
        c.DueOn = null; // 公示: no step deadline
        Assert.False(c.IsOverdue(c.TotalDueOn!.Value));
        Assert.True(c.IsOverdue(c.TotalDueOn!.Value.AddDays(1)));
    }
}
