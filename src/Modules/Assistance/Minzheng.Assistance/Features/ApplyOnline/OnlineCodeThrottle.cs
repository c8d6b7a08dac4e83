using Microsoft.Extensions.Configuration;

namespace Minzheng.Assistance.Features.ApplyOnline;

/// <summary>
/// How often codes may be asked for, counted per ID number and per client address whether or not the person is
/// registered, so that the limit itself tells nobody who is (5 an hour per ID number — a citizen who mistypes needs
/// two or three; 30 an hour per address — a 镇街 service hall may help several people from one network). ID numbers
/// are keyed by their blind index, never kept in clear. Counts live in memory: a restart or another node starts
/// afresh, which only ever lets a few more through.
/// </summary>
internal sealed class OnlineCodeThrottle(TimeProvider clock, IConfiguration? configuration = null)
{
    public const int PerIdNumberPerHour = 5;
    private readonly int _perAddressPerHour = configuration?.GetValue("Security:OnlineCodesPerAddressPerHour", 30) ?? 30;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly Dictionary<string, Queue<DateTimeOffset>> _requests = new(StringComparer.Ordinal); // guarded by its own lock

    /// <summary>Counts one request; false when either key is over its limit (then nothing is counted).</summary>
    public bool TryCount(string idNumberIndex, string? address)
    {
        var now = clock.GetUtcNow();
        var idKey = "id:" + idNumberIndex;
        var addressKey = "ip:" + (address ?? "unknown");
        lock (_requests)
        {
            if (_requests.Count > 50_000)
            {
                Sweep(now);
            }

            if (Recent(idKey, now) >= PerIdNumberPerHour || Recent(addressKey, now) >= _perAddressPerHour)
            {
                return false;
            }

            Times(idKey).Enqueue(now);
            Times(addressKey).Enqueue(now);
            return true;
        }
    }

    private Queue<DateTimeOffset> Times(string key)
    {
        if (!_requests.TryGetValue(key, out var times))
        {
            _requests[key] = times = new Queue<DateTimeOffset>();
        }

        return times;
    }

    private int Recent(string key, DateTimeOffset now)
    {
        if (!_requests.TryGetValue(key, out var times))
        {
            return 0;
        }

        while (times.Count > 0 && now - times.Peek() > Window)
        {
            times.Dequeue();
        }

        return times.Count;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in _requests.Keys.ToList())
        {
            if (Recent(key, now) == 0)
            {
                _requests.Remove(key);
            }
        }
    }
}
