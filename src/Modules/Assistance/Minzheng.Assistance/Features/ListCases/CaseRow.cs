using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Features.ListCases;

internal sealed record CaseFilter(CaseStatus? Status, string? Region, bool? Overdue, int Page = 1, int Size = 20, Programme? Programme = null);

internal sealed record CaseRow(Guid Id, string Number, string Programme, string HouseholdNumber, string RegionCode, int Members, CaseStatus StatusCode, string Status,
    DateOnly? DueOn, bool Overdue, long? MonthlyAmountFen, DateTime CreatedAtUtc);
