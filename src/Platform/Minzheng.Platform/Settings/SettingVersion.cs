using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minzheng.Platform.Audit;

namespace Minzheng.Platform.Settings;

/// <summary>One effective-dated version of a setting for a region (standards, thresholds, deadlines).</summary>
public sealed class SettingVersion : IAudited
{
    public long Id { get; set; }

    public string Key { get; set; } = string.Empty;

    /// <summary>The region it applies to and everything below it; "" for the whole country.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The value as invariant text (integer fen, a decimal ratio, a count of days …).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Its 依据 as staff read it, in Chinese: the document it comes from, with 待核实 where the number is not confirmed.</summary>
    public string Source { get; set; } = string.Empty;

    public bool Unconfirmed { get; set; }

    public string AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? AuditRegion => RegionCode;
}

internal sealed class SettingVersionConfiguration : IEntityTypeConfiguration<SettingVersion>
{
    public void Configure(EntityTypeBuilder<SettingVersion> b)
    {
        b.ToTable("platform_settings");
        b.HasKey(s => s.Id);
        b.Property(s => s.Key).HasMaxLength(100);
        b.Property(s => s.RegionCode).HasMaxLength(12);
        b.Property(s => s.Value).HasMaxLength(400);
        b.Property(s => s.Source).HasMaxLength(400);
        b.HasIndex(s => new { s.Key, s.RegionCode, s.EffectiveFrom }).IsUnique();
    }
}
