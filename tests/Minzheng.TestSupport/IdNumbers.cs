using Minzheng.Kernel.Identity;

namespace Minzheng.TestSupport;

/// <summary>Valid synthetic ID numbers for tests, unique per call within a process.</summary>
public static class IdNumbers
{
    private static int _next = Random.Shared.Next(0, 50_000);

    public static string Next(DateOnly? birth = null)
    {
        var n = Interlocked.Increment(ref _next);
        var day = birth ?? new DateOnly(1950, 1, 1).AddDays(n % 20_000);
        var first17 = $"430408{day:yyyyMMdd}{n % 1000:D3}";
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }
}
