using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Security.Policy;

/// <summary>
/// The policy in force: configuration's values with the saved ones over them, read at most every
/// <see cref="MaxAge"/> (so another host sees a change within that) and at once on this host after a save.
/// <see cref="Current"/> is the last read, for callers that cannot wait (an idle check).
/// </summary>
public sealed class SecurityPolicyStore(IServiceScopeFactory scopes, SecurityPolicy defaults, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    private readonly SecurityPolicy _defaults = defaults;

    public SecurityPolicy Current { get; private set; } = defaults;

    public async Task<SecurityPolicy> GetAsync(CancellationToken ct = default)
    {
        if (clock.GetUtcNow() - _readAt < MaxAge)
        {
            return Current;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (clock.GetUtcNow() - _readAt >= MaxAge)
            {
                await using var scope = scopes.CreateAsyncScope();
                var saved = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().SecurityPolicy.AsNoTracking()
                    .ToDictionaryAsync(s => s.Key, s => s.Value, ct);
                Current = _defaults.With(saved);
                _readAt = clock.GetUtcNow();
            }

            return Current;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _readAt = DateTimeOffset.MinValue;

    public void Dispose() => _loading.Dispose();
}
