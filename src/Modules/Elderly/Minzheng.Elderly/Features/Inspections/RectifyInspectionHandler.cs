using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;

namespace Minzheng.Elderly.Features.Inspections;

internal sealed record RectifyRequest(DateOnly? RectifiedOn, string? Note);

/// <summary>
/// Records that an inspection's findings were put right: when (after the inspection, not in the future) and how.
/// </summary>
internal sealed class RectifyInspectionHandler(ElderlyDbContext db, TimeProvider clock)
{
    public async Task<InspectionRow> HandleAsync(Guid inspectionId, RectifyRequest request, CancellationToken ct = default)
    {
        var inspection = await db.Inspections.FirstOrDefaultAsync(i => i.Id == inspectionId, ct) ?? throw new NotFoundException("检查记录不存在或不在您的管辖范围内");
        InspectionAccess.EnsureMayInspect(db.User, inspection.RegionCode);
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
        return InspectionRow.Of(inspection, today);
    }
}
