namespace Minzheng.Platform.Paging;

/// <summary>A page request; the size is capped so that no caller can pull a whole table at once.</summary>
public sealed record PageRequest(int Page = 1, int Size = 20)
{
    public const int MaxSize = 100;

    /// <summary>Far beyond any list here, and small enough that the rows skipped still fit an int.</summary>
    public const int MaxPage = 1_000_000;

    public int SafePage => Page > MaxPage ? throw new Errors.InputValidationException("page", $"页码应在 1 至 {MaxPage} 之间") : Math.Max(1, Page);

    public int SafeSize => Math.Clamp(Size, 1, MaxSize);

    public int Skip => (SafePage - 1) * SafeSize;
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);
