using Microsoft.Extensions.Logging;

namespace Minzheng.Platform.Outbox.Subscribers;

/// <summary>The outbox subscribers' log lines (source-generated: no formatting cost when the level is off).</summary>
internal static partial class SubscriberLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Subscriber {Subscriber} failed on outbox event {Id} ({Attempts} attempts); retrying at {Next:O}")]
    public static partial void Retrying(ILogger logger, string subscriber, long id, int attempts, DateTime next);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Subscriber {Subscriber} set outbox event {Id} aside after {Attempts} attempts")]
    public static partial void SetAside(ILogger logger, string subscriber, long id, int attempts);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Subscriber {Subscriber} failed on outbox event {Id}")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string subscriber, long id);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Outbox subscribers: pass failed; will retry")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
