using Microsoft.EntityFrameworkCore;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Data;

/// <summary>The registry's tables (prefix registry_). Shared by the module's context and the consolidated migrations model.</summary>
internal static class RegistryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Region>(e =>
        {
            e.ToTable("registry_regions");
            e.HasKey(r => r.Code);
            e.Property(r => r.Code).HasMaxLength(12);
            e.Property(r => r.Name).HasMaxLength(60);
            e.Property(r => r.ParentCode).HasMaxLength(12);
            e.HasIndex(r => r.ParentCode);
        });

        b.Entity<Household>(e =>
        {
            e.ToTable("registry_households");
            e.HasKey(h => h.Id);
            e.Property(h => h.Number).HasMaxLength(32);
            e.HasIndex(h => h.Number).IsUnique();
            e.Property(h => h.RegionCode).HasMaxLength(12);
            e.HasIndex(h => h.RegionCode);
            e.Property(h => h.Address).HasMaxLength(200);
            e.Property(h => h.BankName).HasMaxLength(60);
            e.Property(h => h.BankAccountCipher).HasMaxLength(200);
            e.Property(h => h.BankAccountMasked).HasMaxLength(40);
            e.Property(h => h.Version).IsConcurrencyToken();
            e.HasMany(h => h.Members).WithOne().HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Person>(e =>
        {
            e.ToTable("registry_persons");
            e.HasKey(p => p.Id);
            e.Property(p => p.Name).HasMaxLength(50);
            e.HasIndex(p => p.Name);
            e.Property(p => p.IdNumberCipher).HasMaxLength(200);
            e.Property(p => p.IdNumberIndex).HasMaxLength(64);
            e.HasIndex(p => p.IdNumberIndex).IsUnique();
            e.Property(p => p.IdNumberMasked).HasMaxLength(18);
            e.Property(p => p.PhoneCipher).HasMaxLength(200);
            e.Property(p => p.PhoneMasked).HasMaxLength(20);
            e.Property(p => p.RegionCode).HasMaxLength(12);
            e.HasIndex(p => p.RegionCode);
            e.Property(p => p.Version).IsConcurrencyToken();
        });

        b.Entity<PersonEvent>(e =>
        {
            e.ToTable("registry_person_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Note).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasIndex(x => x.PersonId);
        });
    }
}
