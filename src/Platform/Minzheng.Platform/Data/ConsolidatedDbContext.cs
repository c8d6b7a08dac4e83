using Microsoft.EntityFrameworkCore;

namespace Minzheng.Platform.Data;

/// <summary>
/// The whole database in one model, for migrations only: the platform's tables plus every module's,
/// handed in by the migrations project of each provider (so that the platform references no module).
/// </summary>
public abstract class ConsolidatedDbContext(DbContextOptions options, IEnumerable<Action<ModelBuilder>> moduleModels) : PlatformDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var configure in moduleModels)
        {
            configure(builder);
        }
    }
}
