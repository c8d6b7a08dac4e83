using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minzheng.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "platform_audit";

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable(Table);
        b.HasKey(e => e.Id);
        b.Property(e => e.UserName).HasMaxLength(100);
        b.Property(e => e.Action).HasMaxLength(40);
        b.Property(e => e.EntityType).HasMaxLength(80);
        b.Property(e => e.EntityId).HasMaxLength(64);
        b.Property(e => e.RegionCode).HasMaxLength(12);
        b.Property(e => e.Purpose).HasMaxLength(500);
        b.Property(e => e.ClientAddress).HasMaxLength(64);
        b.HasIndex(e => e.AtUtc);
        b.HasIndex(e => new { e.Action, e.AtUtc });
        b.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
