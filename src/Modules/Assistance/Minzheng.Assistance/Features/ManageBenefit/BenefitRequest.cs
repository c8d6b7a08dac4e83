using Minzheng.Assistance.Domain.Cases;

namespace Minzheng.Assistance.Features.ManageBenefit;

/// <summary>
/// A decision on a benefit in force. <see cref="Reason"/> is the written reason (every decision has one);
/// <see cref="FromMonth"/> (YYYY-MM) the first month a 增发/减发 or 停发 applies to; <see cref="AmountYuan"/> the new
/// monthly amount of a 增发/减发. <see cref="Version"/>, when given, must be the version the user saw.
/// </summary>
internal sealed record BenefitRequest(BenefitAction? Action, string? Reason, string? FromMonth, decimal? AmountYuan, int? Version);
