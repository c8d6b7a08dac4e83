using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Shared;

/// <summary>Who records elderly-care work, and the check every recording use case makes first.</summary>
internal static class ElderAccess
{
    public static readonly IReadOnlySet<string> MayRecord = new HashSet<string> { Roles.VillageAssistant, Roles.TownCaseWorker, Roles.DistrictOfficer };

    public static bool MayRecordFor(this ICurrentUser user, PersonSnapshot person) => MayRecord.Any(user.IsInRole) && user.Allows(person.RegionCode);

    /// <summary>The person within the user's regions (404 otherwise), when the user's role may record for them (403 otherwise).</summary>
    public static async Task<PersonSnapshot> PersonToRecordAsync(this IPersonDirectory persons, ICurrentUser user, Guid personId, string what, CancellationToken ct)
    {
        var person = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        if (!MayRecord.Any(user.IsInRole))
        {
            throw new ForbiddenException($"只有村居协理员、镇街经办或区业务股室可以{what}");
        }

        user.EnsureAllows(person.RegionCode);
        return person;
    }
}
