using System.Threading.Channels;

namespace Minzheng.Platform.Jobs;

/// <summary>
/// Runs a page or the API started (a monthly match, a payroll), done one at a time in the background of the web host;
/// the page polls the run's saved progress. <typeparamref name="TRun"/> names the kind of run, one queue each.
/// </summary>
public sealed class RunQueue<TRun>
{
    private readonly Channel<(Guid RunId, string StartedBy)> _channel = Channel.CreateUnbounded<(Guid, string)>();

    internal ChannelReader<(Guid RunId, string StartedBy)> Reader => _channel.Reader;

    public void Enqueue(Guid runId, string startedBy) => _channel.Writer.TryWrite((runId, startedBy));
}
