namespace Minzheng.Registry.Features.RevealField;

public enum RevealableField
{
    IdNumber = 0,
    Phone = 1,
    BankAccount = 2,
}

/// <summary>Ask to see one protected field in clear. The purpose is required and goes to the audit trail.</summary>
internal sealed class RevealRequest
{
    public RevealableField Field { get; set; }

    public string Purpose { get; set; } = string.Empty;
}

internal sealed record RevealResult(string Value);
