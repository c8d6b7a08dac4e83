using Microsoft.Extensions.Logging;

namespace Minzheng.Ledger;

/// <summary>The ledger worker's log lines (source-generated: no formatting cost when the level is off).</summary>
internal static partial class LedgerLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Ledger: appended {Appended} entries; checkpoint at size {Size}")]
    public static partial void Appended(ILogger logger, long appended, long? size);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Ledger append failed; will retry")]
    public static partial void AppendFailed(ILogger logger, Exception exception);
}
