namespace Minzheng.WorkPlan.Domain;

/// <summary>A numbered point of the plan with its full text and who answers for it.</summary>
internal sealed class PlanPoint
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int PartNumber { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string ResponsibleUnit { get; set; } = string.Empty;

    public string Leader { get; set; } = string.Empty;
}
