namespace Minzheng.Platform.Outbox.Subscribers;

/// <summary>Subscribers:* in configuration.</summary>
public sealed class SubscriberOptions
{
    /// <summary>How often the worker looks for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events read per subscriber per pass.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Failed deliveries before an event is set aside as dead (later events then flow again).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first wait after a failure; each further failure doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(FirstRetryDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 16)));
}
