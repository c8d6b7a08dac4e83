using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>What a member's death does to one benefit of the household in force.</summary>
internal enum DeathEffect
{
    /// <summary>The dead person's own benefit (特困, a subsidy, a 单人保 of theirs): held until the town reviews it.</summary>
    HoldOwn,

    /// <summary>A household's 低保 that covered them with others: recomputed without them, 减发 from the next month.</summary>
    Recalculate,

    /// <summary>A household benefit that cannot be recomputed here (no stored facts, not 低保): held for review.</summary>
    Hold,

    /// <summary>A benefit that did not cover them (another member's subsidy, a recognition): its review is brought forward.</summary>
    ReviewOnly,
}

/// <summary>
/// A member's death (DOMAIN-RULES §1.7 动态管理): the household's 低保 is recomputed without the dead member and paid less
/// from the next month, while only what was the dead person's own is held — not every benefit of the household.
/// </summary>
internal static class DeathEffects
{
    public static DeathEffect For(AssistanceCase c, Guid deceased)
    {
        if (c.PersonId == deceased)
        {
            return DeathEffect.HoldOwn;
        }

        // 临时救助 is a one-off grant already paid; a recognition (边缘, 刚性支出) pays nothing to hold.
        if (c.PersonId is not null || c.Programme == Programme.Temporary || !ProgrammeLabels.PaidByPayroll(c.Programme) || !CoveredPersons.Covers(c, deceased))
        {
            return DeathEffect.ReviewOnly;
        }

        if (c.CoveredMembers <= 1)
        {
            return DeathEffect.HoldOwn;
        }

        return c.Programme == Programme.Dibao && c.AssessmentJson is not null ? DeathEffect.Recalculate : DeathEffect.Hold;
    }
}
