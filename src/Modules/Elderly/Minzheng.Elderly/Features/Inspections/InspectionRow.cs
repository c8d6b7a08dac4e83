using Minzheng.Elderly.Domain.Services;

namespace Minzheng.Elderly.Features.Inspections;

public sealed record InspectionRow(Guid Id, DateOnly InspectedOn, string Inspector, string Result, string Findings, DateOnly? RectifyBy, DateOnly? RectifiedOn, string RectificationNote, bool Open, bool Overdue)
{
    /// <summary>The row of an inspection as of <paramref name="today"/>: still open past its deadline, it is overdue.</summary>
    internal static InspectionRow Of(SafetyInspection i, DateOnly today) =>
        new(i.Id, i.InspectedOn, i.Inspector, InspectionLabels.Of(i.Result), i.Findings, i.RectifyBy, i.RectifiedOn, i.RectificationNote, i.Open, i.Open && i.RectifyBy < today);
}
