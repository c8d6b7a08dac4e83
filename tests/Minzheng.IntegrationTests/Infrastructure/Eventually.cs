namespace Minzheng.IntegrationTests.Infrastructure;

/// <summary>
/// For effects that arrive through the outbox (a subscriber in the host's background worker): the check is repeated
/// until it passes or the time is up, and then asserted once more so the failure says what was expected.
/// </summary>
public static class Eventually
{
    public static async Task AssertAsync(Func<Task<bool>> condition, Func<Task> assertion, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until && !await condition())
        {
            await Task.Delay(100);
        }

        await assertion();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, and fails if it never does.</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, int seconds = 15) =>
        AssertAsync(condition, async () => Assert.True(await condition(), "the expected state was not reached in time"), seconds);
}
