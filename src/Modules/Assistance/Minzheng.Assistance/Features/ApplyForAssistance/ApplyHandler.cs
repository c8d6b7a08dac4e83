using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.ApplyForAssistance;

/// <summary>
/// 受理: a town case worker takes an application for a household of their town. No signed consent, no application; one
/// open application per household. The household is snapshotted as it stands now.
/// </summary>
internal sealed class ApplyHandler(ICurrentUser user, IHouseholdSnapshots households, CaseIntake intake)
{
    public async Task<AssistanceCase> HandleAsync(ApplyRequest request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.TownCaseWorker))
        {
            throw new ForbiddenException("只有镇街经办人员可以受理申请");
        }

        var errors = new FieldErrors();
        var start = CaseIntake.ParseProgramme(request.Programme);
        if (start is null)
        {
            errors.Add("programme", CaseIntake.ProgrammeHint);
        }

        var consent = CaseIntake.Consent(request.Consent, errors);
        if (request.HouseholdId is null)
        {
            errors.Add("householdId", "请选择申请的户");
        }

        errors.ThrowIfAny();

        var snapshot = await households.FindAsync(request.HouseholdId!.Value, ct) ?? throw new NotFoundException("户不存在或不在您的管辖范围内");
        user.EnsureAllows(snapshot.RegionCode);
        return await intake.CreateAsync(snapshot, start!.Value, consent!, CaseStatus.Verification, user.UserName, "受理", ct, request.PersonId);
    }
}
