using System.Text.Json;
using Minzheng.Assistance.Domain.Cases;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>
/// Who a decided 低保 case covers, from its stored facts: every member counted in the household, or for a 单人保 in a
/// 低保边缘家庭 only its severely disabled or seriously ill members — the same rule the routing applied
/// (<see cref="ProgrammeRouting"/>). A case decided before the facts were kept covers its whole household.
/// </summary>
internal static class CoveredPersons
{
    public static bool Covers(AssistanceCase c, Guid person)
    {
        if (c.AssessmentJson is null || JsonSerializer.Deserialize<Assessment>(c.AssessmentJson) is not { } facts)
        {
            return true;
        }

        var member = facts.Members.FirstOrDefault(m => m.PersonId == person);
        return member is { Counted: true }
            && (!c.HouseholdEdge || DisabilityLabels.IsSevere(member.Disability, member.DisabilityGrade) || member.SeriousIllness);
    }
}
