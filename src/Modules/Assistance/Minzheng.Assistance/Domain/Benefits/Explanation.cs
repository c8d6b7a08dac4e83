using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Benefits;

/// <summary>One step of a computation: which rule, from which numbers, to which amount. Stored with the decision and shown to staff.</summary>
internal sealed record ExplanationStep(string Rule, string Text, Money? Amount);

/// <summary>A computed amount with the steps that produced it.</summary>
internal sealed record Explained<T>(T Value, IReadOnlyList<ExplanationStep> Steps)
{
    public static Explained<T> Of(T value, string rule, string text, Money? amount = null) => new(value, [new ExplanationStep(rule, text, amount)]);
}
