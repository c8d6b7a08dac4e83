namespace Minzheng.Kernel;

/// <summary>Why a value was refused: the part that failed (English, for logs and the CLI) and a Chinese message for users.</summary>
public sealed record ValidationFailure(string Part, string Message)
{
    public override string ToString() => $"{Part}: {Message}";
}
