namespace Minzheng.Web.Startup;

/// <summary>What the first start did, in the log (source-generated: no formatting cost when the level is off).</summary>
internal static partial class FirstRunLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded the {Year} work plan: {Points} points, {Targets} targets")]
    public static partial void PlanLoaded(ILogger logger, int year, int points, int targets);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Seeded demo data: {What}")]
    public static partial void Seeded(ILogger logger, string what);
}
