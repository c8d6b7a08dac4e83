using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;

namespace Minzheng.Elderly.Features.Inspections;

internal sealed record InspectionRequest(DateOnly? InspectedOn, string? Inspector, InspectionResult? Result, string? Findings, DateOnly? RectifyBy);

/// <summary>
/// A safety inspection of an institution, recorded by the district, or by the town for an institution in that town:
/// 合格, or findings to put right by a deadline (限期整改, 停业整顿).
/// </summary>
internal sealed class RecordInspectionHandler(ElderlyDbContext db, TimeProvider clock)
{
    public async Task<InspectionRow> HandleAsync(Guid providerId, InspectionRequest request, CancellationToken ct = default)
    {
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct) ?? throw new NotFoundException("服务机构不存在");
        InspectionAccess.EnsureMayInspect(db.User, provider.RegionCode);
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
        return InspectionRow.Of(inspection, today);
    }
}
