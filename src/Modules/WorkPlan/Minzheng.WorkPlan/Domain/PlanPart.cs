namespace Minzheng.WorkPlan.Domain;

/// <summary>One of the plan's parts (一、二、…).</summary>
internal sealed class PlanPart
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;
}
