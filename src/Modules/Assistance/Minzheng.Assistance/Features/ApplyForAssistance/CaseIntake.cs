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

    public const string ProgrammeHint = "申请类别：Tekun（特困，依次认定低保、边缘、刚性支出）、Dibao、Edge 或 RigidExpense";

    public static UploadedFile? Consent(ConsentUpload? upload, Dictionary<string, string[]> errors)
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

    public async Task<AssistanceCase> CreateAsync(HouseholdSnapshot snapshot, Programme start, UploadedFile consent, CaseStatus status, string createdBy, string how, CancellationToken ct)
    {
        var members = snapshot.Members.Count(m => m.Alive);
        if (members == 0)
        {
            throw new BusinessRuleException("该户没有在册的共同生活成员，不能申请");
        }

        if (await db.Cases.AnyAsync(c => c.HouseholdId == snapshot.Id && (c.Status == CaseStatus.Submitted || c.Status == CaseStatus.Verification || c.Status == CaseStatus.Investigation || c.Status == CaseStatus.TownReview || c.Status == CaseStatus.Publicity || c.Status == CaseStatus.DistrictReview), ct))
        {
            throw new BusinessRuleException("该户已有办理中的社会救助申请，请勿重复受理");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var c = new AssistanceCase
        {
            Number = $"{NumberPrefix(start)}{today:yyyyMMdd}{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}",
            Programme = start,
            RequestedProgramme = start,
            HouseholdId = snapshot.Id,
            HouseholdNumber = snapshot.Number,
            RegionCode = snapshot.RegionCode,
            Urban = snapshot.Urban,
            SnapshotJson = JsonSerializer.Serialize(snapshot),
            Members = members,
            Status = status,
            DueOn = await deadlines.DueAsync(status, snapshot.RegionCode, today, ct),
            ConsentFileName = Path.GetFileName(consent.Name),
            ConsentSm3 = Sm3Checksum.Hex(consent.Bytes),
            CreatedBy = createdBy,
            CreatedAtUtc = now,
        };
        db.AddEvent(c, now, how, $"申请{ProgrammeLabels.Brief(start)}{(start == Programme.RigidExpense ? "" : "（不符合时依次转入下一类别认定）")}；共同生活成员 {members} 人；核对授权书 {c.ConsentFileName}");
        db.Cases.Add(c);
        db.Consents.Add(new CaseConsent { CaseId = c.Id, RegionCode = c.RegionCode, Bytes = consent.Bytes });
        await db.SaveChangesAsync(ct);
        return c;
    }

    private static string NumberPrefix(Programme p) => p switch { Programme.Tekun => "TK", Programme.Dibao => "DB", Programme.Edge => "BY", _ => "GX" };
}
