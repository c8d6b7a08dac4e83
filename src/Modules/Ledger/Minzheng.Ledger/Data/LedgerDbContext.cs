using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Domain;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.Ledger.Data;

/// <summary>The ledger holds no personal data and no region-owned rows: it is public by design, and append-only.</summary>
internal sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options, ICurrentUser user, TimeProvider clock) : ModuleDbContext(options, user, clock)
{
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    public DbSet<LedgerNode> Nodes => Set<LedgerNode>();

    public DbSet<LedgerCheckpoint> Checkpoints => Set<LedgerCheckpoint>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        LedgerModel.Configure(modelBuilder);
    }
}
