using System.Collections.Concurrent;
using Minzheng.Platform.Identity;

namespace Minzheng.Web.Account;

/// <summary>
/// Server-side idle tracking per login session: 15 minutes for the 三员 administrators, 30 for other staff by default
/// (the 安全管理员's policy, fixed for a session when it starts). HTTP requests and Blazor circuit activity both count;
/// an idle session is ended on the server, whatever the cookie says. Sessions live in memory: a restart asks everyone
/// to log in again.
/// </summary>
internal sealed class SessionRegistry(Minzheng.Platform.Security.Policy.SecurityPolicyStore policy, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new();

    private sealed record Session(TimeSpan Limit)
    {
        public DateTimeOffset LastActivity { get; set; }
    }

    public TimeSpan LimitFor(IEnumerable<string> roles) => policy.Current.IdleTimeout(roles.Any(Roles.ThreeAdministrators.Contains));

    public string Start(IEnumerable<string> roles)
    {
        var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        _sessions[id] = new Session(LimitFor(roles)) { LastActivity = clock.GetUtcNow() };
        return id;
    }

    /// <summary>Records activity; false when the session is unknown or already idle too long (and then it is ended).</summary>
    public bool Touch(string? sessionId)
    {
        if (!IsAlive(sessionId))
        {
            return false;
        }

        _sessions[sessionId!].LastActivity = clock.GetUtcNow();
        return true;
    }

    public bool IsAlive(string? sessionId)
    {
        if (sessionId is null || !_sessions.TryGetValue(sessionId, out var s))
        {
            return false;
        }

        if (clock.GetUtcNow() - s.LastActivity > s.Limit)
        {
            _sessions.TryRemove(sessionId, out _);
            return false;
        }

        return true;
    }

    public void End(string? sessionId)
    {
        if (sessionId is not null)
        {
            _sessions.TryRemove(sessionId, out _);
        }
    }
}
