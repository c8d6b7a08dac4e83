using System.Text.Json;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.UnitTests.Assistance;

/// <summary>A member's death: the household's 低保 recomputed without them, only what was theirs held (issue 18.24).</summary>
public sealed class DeathEffectsTests
{
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly Guid Spouse = Guid.NewGuid();

    private static AssistanceCase Case(Programme programme, int covered, Guid? person = null, bool edge = false, bool spouseSevere = false) => new()
    {
        Programme = programme,
        CoveredMembers = covered,
        PersonId = person,
        HouseholdEdge = edge,
        AssessmentJson = JsonSerializer.Serialize(new Assessment(
            [new MemberFacts(Head, 70), new MemberFacts(Spouse, 66, spouseSevere ? DisabilityKind.Physical : DisabilityKind.None, spouseSevere ? 1 : null)], new AssetFacts())),
    };

    [Fact]
    public void A_household_dibao_covering_others_too_is_recomputed()
    {
        Assert.Equal(DeathEffect.Recalculate, DeathEffects.For(Case(Programme.Dibao, 2), Head));
    }

    [Fact]
    public void The_dead_persons_own_benefits_are_held_and_nobody_elses()
    {
        Assert.Equal(DeathEffect.HoldOwn, DeathEffects.For(Case(Programme.DisabilityCare, 1, person: Head), Head));
        Assert.Equal(DeathEffect.HoldOwn, DeathEffects.For(Case(Programme.Tekun, 1, person: Head), Head));
        Assert.Equal(DeathEffect.ReviewOnly, DeathEffects.For(Case(Programme.DisabilityCare, 1, person: Spouse), Head));
        Assert.Equal(DeathEffect.HoldOwn, DeathEffects.For(Case(Programme.Dibao, 1), Head)); // a household of one in effect
    }

    [Fact]
    public void A_single_person_dibao_in_an_edge_household_follows_whom_it_covers()
    {
        var single = Case(Programme.Dibao, 1, edge: true, spouseSevere: true);
        Assert.Equal(DeathEffect.ReviewOnly, DeathEffects.For(single, Head));   // covers the spouse only
        Assert.Equal(DeathEffect.HoldOwn, DeathEffects.For(single, Spouse));
    }

    [Fact]
    public void Recognitions_and_one_off_grants_have_nothing_to_hold_and_old_cases_without_facts_are_held()
    {
        Assert.Equal(DeathEffect.ReviewOnly, DeathEffects.For(Case(Programme.Edge, 2), Head));
        Assert.Equal(DeathEffect.ReviewOnly, DeathEffects.For(Case(Programme.Temporary, 2), Head));
        Assert.Equal(DeathEffect.Hold, DeathEffects.For(new AssistanceCase { Programme = Programme.Tekun, CoveredMembers = 2 }, Head));
        Assert.Equal(DeathEffect.Hold, DeathEffects.For(new AssistanceCase { Programme = Programme.Dibao, CoveredMembers = 2 }, Head));
    }
}
