using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Cases;

namespace Minzheng.Assistance.Features.AdvanceCase;

/// <summary>
/// One workflow action on a case. <see cref="Note"/> is the record of the step (核对结果, 调查情况, 异议内容, 审核意见);
/// <see cref="Reason"/> the written reasons of a refusal; <see cref="Incomes"/> and <see cref="Assessment"/> what the investigation found.
/// <see cref="Version"/>, when given, must be the version the user saw.
/// </summary>
internal sealed record AdvanceRequest(CaseAction? Action, string? Note, string? Reason, IReadOnlyList<IncomeInput>? Incomes, int? Version, AssessmentInput? Assessment = null);

internal sealed record IncomeInput(Guid? PersonId, IncomeType? Type, decimal? MonthlyYuan);
