namespace Minzheng.Assistance.Domain.Cases;

/// <summary>A monthly income of a member as found by the investigation.</summary>
internal sealed class CaseIncome
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public Guid PersonId { get; set; }

    public Benefits.IncomeType Type { get; set; }

    public long MonthlyFen { get; set; }
}
