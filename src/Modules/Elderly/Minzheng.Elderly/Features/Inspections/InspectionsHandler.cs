using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Elderly.Features.Inspections;

internal sealed record InspectionRequest(DateOnly? InspectedOn, string? Inspector, InspectionResult? Result, string? Findings, DateOnly? RectifyBy);

internal sealed record RectifyRequest(DateOnly? RectifiedOn, string? Note);

public sealed record InspectionRow(Guid Id, DateOnly InspectedOn, string Inspector, string Result, string Findings, DateOnly? RectifyBy, DateOnly? RectifiedOn, string RectificationNote, bool Open, bool Overdue);

/// <summary>
/// Safety inspections of institutions (养老机构): recorded by the district, or by the town for an institution in that town;
/// findings are put right by a deadline and the rectification recorded. Past the deadline, still open, it is 逾期.
/// </summary>
internal sealed class InspectionsHandler(ElderlyDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<InspectionRow>> ListAsync(Guid providerId, CancellationToken ct = default)
    {
        _ = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct) ?? throw new NotFoundException("服务机构不存在");
        return await ListForAsync(providerId, ct);
    }

    /// <summary>The inspections of one provider, newest first (no access check: callers have made theirs).</summary>
    public async Task<IReadOnlyList<InspectionRow>> ListForAsync(Guid providerId, CancellationToken ct = default)
    {
        var today = clock.Today();
        return (await db.Inspections.AsNoTracking().Where(i => i.ProviderId == providerId).OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.CreatedAtUtc).ToListAsync(ct))
            .Select(i => Row(i, today)).ToList();
    }

    public async Task<InspectionRow> RecordAsync(Guid providerId, InspectionRequest request, CancellationToken ct = default)
    {
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct) ?? throw new NotFoundException("服务机构不存在");
        EnsureMayInspect(provider.RegionCode);
        if (provider.Kind != ProviderKind.Institution)
        {
            throw new BusinessRuleException("安全检查登记在养老机构名下");
        }

        var today = clock.Today();
        var inspector = request.Inspector?.Trim() ?? string.Empty;
        var findings = request.Findings?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (request.InspectedOn is not { } on || on > today || on < today.AddYears(-5))
        {
            errors.Add("inspectedOn", "请填写检查日期（近五年内，不能晚于今天）");
        }

        if (inspector.Length is < 2 or > 50)
        {
            errors.Add("inspector", "请填写检查人员（2–50 字）");
        }

        if (request.Result is not { } result)
        {
            errors.Add("result", "请选择检查结论：合格、限期整改或停业整顿");
        }
        else if (result == InspectionResult.Pass && request.RectifyBy is not null)
        {
            errors.Add("rectifyBy", "检查合格无需整改期限");
        }
        else if (result != InspectionResult.Pass)
        {
            if (findings.Length < 2)
            {
                errors.Add("findings", "请填写发现的问题");
            }

            if (request.RectifyBy is not { } by || (request.InspectedOn is { } day && by <= day))
            {
                errors.Add("rectifyBy", "请填写整改期限（晚于检查日期）");
            }
        }

        if (findings.Length > 1000)
        {
            errors.Add("findings", "问题描述不超过 1000 字");
        }

        errors.ThrowIfAny();

        var inspection = new SafetyInspection
        {
            ProviderId = provider.Id, RegionCode = provider.RegionCode, InspectedOn = request.InspectedOn!.Value, Inspector = inspector, Result = request.Result!.Value,
            Findings = findings, RectifyBy = request.RectifyBy, RecordedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return Row(inspection, today);
    }

    public async Task<InspectionRow> RectifyAsync(Guid inspectionId, RectifyRequest request, CancellationToken ct = default)
    {
        var inspection = await db.Inspections.FirstOrDefaultAsync(i => i.Id == inspectionId, ct) ?? throw new NotFoundException("检查记录不存在或不在您的管辖范围内");
        EnsureMayInspect(inspection.RegionCode);
        if (!inspection.Open)
        {
            throw new BusinessRuleException("该次检查没有待整改的问题，或已登记整改");
        }

        var today = clock.Today();
        var note = request.Note?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (request.RectifiedOn is not { } on || on < inspection.InspectedOn || on > today)
        {
            errors.Add("rectifiedOn", $"整改完成日期须在检查日期 {inspection.InspectedOn:yyyy-MM-dd} 之后、不晚于今天");
        }

        if (note.Length is < 2 or > 500)
        {
            errors.Add("note", "请填写整改情况（2–500 字）");
        }

        errors.ThrowIfAny();

        inspection.RectifiedOn = request.RectifiedOn;
        inspection.RectificationNote = note;
        await db.SaveChangesAsync(ct);
        return Row(inspection, today);
    }

    /// <summary>The district for any institution; a town for the institutions it hosts.</summary>
    private void EnsureMayInspect(string regionCode)
    {
        if (!(db.User.IsInRole(Roles.DistrictOfficer) || db.User.IsInRole(Roles.TownCaseWorker)))
        {
            throw new ForbiddenException("只有区业务股室或机构所在镇街可以登记安全检查");
        }

        db.User.EnsureAllows(regionCode);
    }

    public static InspectionRow Row(SafetyInspection i, DateOnly today) =>
        new(i.Id, i.InspectedOn, i.Inspector, InspectionLabels.Of(i.Result), i.Findings, i.RectifyBy, i.RectifiedOn, i.RectificationNote, i.Open, i.Open && i.RectifyBy < today);
}
