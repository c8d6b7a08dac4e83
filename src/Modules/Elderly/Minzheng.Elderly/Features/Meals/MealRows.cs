namespace Minzheng.Elderly.Features.Meals;

public sealed record MealRow(Guid Id, string Provider, DateOnly ServedOn, int Meals, long SubsidyFen, string EventKey)
{
    /// <summary>The meal's idempotency key in the outbox, and so its key in the service chain.</summary>
    public static string EventKeyOf(Guid id) => $"elderly.meal:{id}";
}

internal sealed record EnrolmentRow(Guid Id, string Provider, DateOnly Since, DateOnly? EndedOn);

internal sealed record MealsView(IReadOnlyList<EnrolmentRow> Enrolments, IReadOnlyList<MealRow> Meals);
