using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Domain;

namespace Minzheng.Ledger.Data;

internal static class LedgerModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<LedgerEntry>(e =>
        {
            e.ToTable("ledger_entries");
            e.HasKey(x => x.Index);
            e.Property(x => x.Index).ValueGeneratedNever();
            e.HasIndex(x => x.OutboxId).IsUnique();
            e.Property(x => x.EventType).HasMaxLength(60);
            e.Property(x => x.LeafHash).HasMaxLength(32);
        });
        b.Entity<LedgerNode>(e =>
        {
            e.ToTable("ledger_nodes");
            e.HasKey(x => new { x.Level, x.Position });
            e.Property(x => x.Hash).HasMaxLength(32);
        });
        b.Entity<LedgerCheckpoint>(e =>
        {
            e.ToTable("ledger_checkpoints");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Size);
            e.Property(x => x.Root).HasMaxLength(32);
        });
    }
}
