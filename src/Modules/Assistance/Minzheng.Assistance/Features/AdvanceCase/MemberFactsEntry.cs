using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Features.AdvanceCase;

/// <summary>One member's row of the investigation form, as the worker edits it.</summary>
public sealed class MemberFactsEntry
{
    public Guid PersonId { get; init; }

    public string Name { get; init; } = string.Empty;

    public DisabilityKind Disability { get; set; }

    public int Grade { get; set; }

    public bool SeriousIllness { get; set; }

    public int SelfCareNotAchieved { get; set; }

    public bool SelfCareLostOverAYear { get; set; }

    public bool LongTermCare { get; set; }

    /// <summary>This member's own 义务人: "" (the household's answer), "able" or "unable".</summary>
    public string Obligor { get; set; } = string.Empty;

    public bool Orphan { get; set; }

    public MemberExclusion Excluded { get; set; }
}
