using Microsoft.Extensions.Logging;

namespace Minzheng.Platform.Jobs;

/// <summary>The job workers' log lines (source-generated: no formatting cost when the level is off).</summary>
internal static partial class JobLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "{Kind} jobs: could not take a job; will retry")]
    public static partial void ClaimFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "{Kind} job {JobId} (run {RunId}) failed")]
    public static partial void JobFailed(ILogger logger, Exception exception, string kind, Guid jobId, Guid runId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "{Kind} job {JobId}: lease lost; stopping this host's work on it")]
    public static partial void LeaseLost(ILogger logger, string kind, Guid jobId);
}
