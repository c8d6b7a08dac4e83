using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minzheng.Platform.Audit;

namespace Minzheng.Platform.Calendar;

/// <summary>
/// A year's holiday arrangement loaded by an operator (`mz calendar load`), beside the years shipped with the code:
/// kept in the database so that every node of a city or province deployment uses the same calendar.
/// </summary>
public sealed class HolidayYearRecord : IAudited
{
    public int Year { get; set; }

    /// <summary>The notice it comes from (name and date), shown wherever the calendar is listed.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The arrangement as loaded (the JSON of the shipped years' format).</summary>
    public string Json { get; set; } = string.Empty;

    public string LoadedBy { get; set; } = string.Empty;

    public DateTime LoadedAtUtc { get; set; }

    public string AuditId => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? AuditRegion => null;
}

internal sealed class HolidayYearRecordConfiguration : IEntityTypeConfiguration<HolidayYearRecord>
{
    public void Configure(EntityTypeBuilder<HolidayYearRecord> b)
    {
        b.ToTable("platform_holiday_years");
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.Source).HasMaxLength(400);
        b.Property(y => y.LoadedBy).HasMaxLength(100);
    }
}
