using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Files;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.ApplyForAssistance;

/// <summary>
/// A new application, however it arrives (a town case worker, or a citizen online): the household snapshotted as it
/// stands, its signed consent kept, one open application per household. The caller has checked who may apply.
/// </summary>
internal sealed class CaseIntake(AssistanceDbContext db, CaseDeadlines deadlines, TimeProvider clock)
{
    /// <summary>The level the routing starts at: Tekun (every level) when left out.</summary>
    public static Programme? ParseProgramme(string? value) => string.IsNullOrWhiteSpace(value) ? Programme.Tekun
        : Enum.TryParse<Programme>(value, ignoreCase: false, out var p) && Enum.IsDefined(p) ? p : null;

    public const string ProgrammeHint = "申请类别：Tekun（特困，依次认定低保、边缘、刚性支出）、Dibao、Edge、RigidExpense、Temporary（临时救助），或为一名成员申请 DisabilityLiving、DisabilityCare";

    public static UploadedFile? Consent(ConsentUpload? upload, FieldErrors errors)
    {
        if (upload is null || string.IsNullOrEmpty(upload.Base64))
        {
            errors.Add("consent", "请上传签字的家庭经济状况核对授权书（没有授权，不能受理）");
            return null;
        }

        var (file, problem) = UploadedFile.FromBase64(upload.Name, upload.ContentType, upload.Base64, UploadedFile.ImagesAndPdf, "核对授权书", "扫描件或照片（PDF、JPG、PNG）");
        if (problem is not null)
        {
            errors.Add("consent", problem);
            return null;
        }

        return file;
    }

    public async Task<AssistanceCase> CreateAsync(HouseholdSnapshot snapshot, Programme start, UploadedFile consent, CaseStatus status, string createdBy, string how, CancellationToken ct, Guid? personId = null)
    {
        var members = snapshot.Members.Count(m => m.Alive);
        if (members == 0)
        {
            throw new BusinessRuleException("该户没有在册的共同生活成员，不能申请");
        }

        var forOne = ProgrammeLabels.ForOnePerson(start);
        if (forOne && (personId is not { } person || snapshot.Members.All(m => m.PersonId != person || !m.Alive)))
        {
            throw new InputValidationException("personId", "残疾人补贴须选择申请的家庭成员（在册）");
        }

        if (!forOne)
        {
            personId = null;
        }

        // One open application per household for the routed programmes, and per person and subsidy for the subsidies.
        var open = db.Cases.Where(c => c.HouseholdId == snapshot.Id && CaseWorkflow.OpenStatuses.Contains(c.Status));
        var busy = forOne ? await open.AnyAsync(c => c.PersonId == personId && c.Programme == start, ct)
            : start == Programme.Temporary ? await open.AnyAsync(c => c.Programme == Programme.Temporary, ct)
            : await open.AnyAsync(c => ProgrammeLabels.Routed.Contains(c.Programme), ct);
        if (busy)
        {
            throw new BusinessRuleException(forOne ? "该成员已有办理中的同类补贴申请，请勿重复受理"
                : start == Programme.Temporary ? "该户已有办理中的临时救助申请，请勿重复受理" : "该户已有办理中的社会救助申请，请勿重复受理");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var c = new AssistanceCase
        {
            Number = await CaseNumbers.NextAsync(db, start, today, ct),
            Programme = start,
            RequestedProgramme = start,
            HouseholdId = snapshot.Id,
            PersonId = personId,
            HouseholdNumber = snapshot.Number,
            RegionCode = snapshot.RegionCode,
            Urban = snapshot.Urban,
            SnapshotJson = JsonSerializer.Serialize(snapshot),
            Members = members,
            ConsentFileName = UploadedFile.SafeName(consent.Name),
            ConsentSm3 = Sm3Checksum.Hex(consent.Bytes),
            CreatedBy = createdBy,
            CreatedAtUtc = now,
        };
        c.Receive(status);
        if (status != CaseStatus.Submitted)
        {
            await deadlines.AcceptAsync(c, today, ct);
        }

        c.DueOn = await deadlines.StepDueAsync(c, today, ct);
        var what = forOne ? $"为 {snapshot.Members.First(m => m.PersonId == personId).Name} 申请{ProgrammeLabels.Of(start)}"
            : $"申请{ProgrammeLabels.Brief(start)}{(ProgrammeLabels.Standalone(start) || start == Programme.RigidExpense ? "" : "（不符合时依次转入下一类别认定）")}";
        db.AddEvent(c, now, how, $"{what}；共同生活成员 {members} 人；核对授权书 {c.ConsentFileName}");
        db.Cases.Add(c);
        db.Consents.Add(new CaseConsent { CaseId = c.Id, RegionCode = c.RegionCode, Bytes = consent.Bytes });
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return c;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                if (await NumberIsFreeAsync(c.Number, ct))
                {
                    throw; // something else failed
                }

                // Another town took this day's serial a moment ago: take the next one.
                c.Number = await CaseNumbers.NextAsync(db, start, today, ct);
            }
        }
    }

    private async Task<bool> NumberIsFreeAsync(string number, CancellationToken ct) =>
        !await db.Cases.IgnoreQueryFilters().AsNoTracking().AnyAsync(x => x.Number == number, ct);
}
