using Microsoft.Extensions.DependencyInjection;

namespace Minzheng.Platform.Regions;

/// <summary>
/// The division tree shared by every page that shows a region: one read per few minutes instead of one per row or per
/// page. Divisions change a few times a year (a town merged, a community created); a change shows within
/// <see cref="MaxAge"/> or at once after <see cref="Invalidate"/>.
/// </summary>
public sealed class RegionNames(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (RegionTree Tree, DateTimeOffset At)? _current;

    public async ValueTask<RegionTree> TreeAsync(CancellationToken ct = default)
    {
        if (_current is { } fresh && clock.GetUtcNow() - fresh.At < MaxAge)
        {
            return fresh.Tree;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (_current is { } again && clock.GetUtcNow() - again.At < MaxAge)
            {
                return again.Tree;
            }

            await using var scope = scopes.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetService<IRegionDirectory>();
            var tree = directory is null ? RegionTree.Empty : new RegionTree(await directory.AllAsync(ct));
            // An empty table (a fresh install before its divisions are loaded) is read again next time.
            _current = tree.IsEmpty ? null : (tree, clock.GetUtcNow());
            return tree;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _loading.Dispose();
}
