using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Files;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.ApplyForAssistance;

/// <summary>
/// 受理: a town case worker takes an application for a household of their town. No signed consent, no application; one
/// open application per household and programme. The household is snapshotted as it stands now.
/// </summary>
internal sealed class ApplyHandler(AssistanceDbContext db, IHouseholdSnapshots households, CaseDeadlines deadlines, TimeProvider clock)
{
    public async Task<AssistanceCase> HandleAsync(ApplyRequest request, CancellationToken ct = default)
    {
        if (!db.User.IsInRole(Roles.TownCaseWorker))
        {
            throw new ForbiddenException("只有镇街经办人员可以受理申请");
        }

        var errors = new Dictionary<string, string[]>();
        Programme? start = string.IsNullOrWhiteSpace(request.Programme) ? Programme.Tekun
            : Enum.TryParse<Programme>(request.Programme, ignoreCase: false, out var p) && Enum.IsDefined(p) ? p : null;
        if (start is null)
        {
            errors["programme"] = ["申请类别：Tekun（特困，依次认定低保、边缘、刚性支出）、Dibao、Edge 或 RigidExpense"];
        }

        var consent = Consent(request.Consent, errors);
        if (request.HouseholdId is null)
        {
            errors["householdId"] = ["请选择申请的户"];
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

        var snapshot = await households.FindAsync(request.HouseholdId!.Value, ct) ?? throw new NotFoundException("户不存在或不在您的管辖范围内");
        db.User.EnsureAllows(snapshot.RegionCode);
        var members = snapshot.Members.Count(m => m.Alive);
        if (members == 0)
        {
            throw new BusinessRuleException("该户没有在册的共同生活成员，不能申请");
        }

        if (await db.Cases.AnyAsync(c => c.HouseholdId == snapshot.Id && (c.Status == CaseStatus.Verification || c.Status == CaseStatus.Investigation || c.Status == CaseStatus.TownReview || c.Status == CaseStatus.Publicity || c.Status == CaseStatus.DistrictReview), ct))
        {
            throw new BusinessRuleException("该户已有办理中的社会救助申请，请勿重复受理");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var c = new AssistanceCase
        {
            Number = $"{NumberPrefix(start!.Value)}{today:yyyyMMdd}{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}",
            Programme = start.Value,
            RequestedProgramme = start.Value,
            HouseholdId = snapshot.Id,
            HouseholdNumber = snapshot.Number,
            RegionCode = snapshot.RegionCode,
            Urban = snapshot.Urban,
            SnapshotJson = JsonSerializer.Serialize(snapshot),
            Members = members,
            Status = CaseStatus.Verification,
            DueOn = await deadlines.DueAsync(CaseStatus.Verification, snapshot.RegionCode, today, ct),
            ConsentFileName = Path.GetFileName(consent!.Name),
            ConsentSm3 = Sm3Checksum.Hex(consent.Bytes),
            CreatedBy = db.User.UserName,
            CreatedAtUtc = now,
        };
        db.AddEvent(c, now, "受理", $"申请{ProgrammeLabels.Brief(start.Value)}{(start.Value == Programme.RigidExpense ? "" : "（不符合时依次转入下一类别认定）")}；共同生活成员 {members} 人；核对授权书 {c.ConsentFileName}");
        db.Cases.Add(c);
        db.Consents.Add(new CaseConsent { CaseId = c.Id, RegionCode = c.RegionCode, Bytes = consent.Bytes });
        await db.SaveChangesAsync(ct);
        return c;
    }

    private static string NumberPrefix(Programme p) => p switch { Programme.Tekun => "TK", Programme.Dibao => "DB", Programme.Edge => "BY", _ => "GX" };

    private static UploadedFile? Consent(ConsentUpload? upload, Dictionary<string, string[]> errors)
    {
        if (upload is null || string.IsNullOrEmpty(upload.Base64))
        {
            errors["consent"] = ["请上传签字的家庭经济状况核对授权书（没有授权，不能受理）"];
            return null;
        }

        var (file, problem) = UploadedFile.FromBase64(upload.Name, upload.ContentType, upload.Base64, UploadedFile.ImagesAndPdf, "核对授权书", "扫描件或照片（PDF、JPG、PNG）");
        if (problem is not null)
        {
            errors["consent"] = [problem];
            return null;
        }

        return file;
    }
}
