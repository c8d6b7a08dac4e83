using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Payroll;

namespace Minzheng.Assistance.Data;

/// <summary>Social assistance's tables (prefix assist_). Shared by the module's context and the consolidated migrations model.</summary>
internal static class AssistanceModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AssistanceCase>(e =>
        {
            e.ToTable("assist_cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Number).HasMaxLength(32);
            e.HasIndex(x => x.Number).IsUnique();
            e.Property(x => x.HouseholdNumber).HasMaxLength(32);
            e.HasIndex(x => x.HouseholdId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => new { x.RegionCode, x.Status });
            // The payroll fingerprint (count and versions of a town's cases of a programme) read from the index alone: a
            // re-run that changes nothing does not visit the town's cases, scattered over the table a page each.
            e.HasIndex(x => new { x.Programme, x.RegionCode, x.Version });
            e.Property(x => x.Programme).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.RequestedProgramme).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Cause).HasMaxLength(20);
            e.Property(x => x.ExtensionReason).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ConsentFileName).HasMaxLength(200);
            e.Property(x => x.ConsentSm3).HasMaxLength(64);
            e.Property(x => x.VerificationNote).HasMaxLength(1000);
            e.Property(x => x.InvestigationNote).HasMaxLength(2000);
            e.Property(x => x.RefusalReason).HasMaxLength(1000);
            e.Property(x => x.StopFrom).HasMaxLength(7);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Incomes).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<CaseIncome>(e =>
        {
            e.ToTable("assist_case_incomes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
        });

        b.Entity<CaseEvent>(e =>
        {
            e.ToTable("assist_case_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Step).HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(2000);
        });
    
        b.Entity<BenefitChange>(e =>
        {
            e.ToTable("assist_benefit_changes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FromMonth).HasMaxLength(7);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.DecidedBy).HasMaxLength(100);
        });

        b.Entity<PayrollRun>(e =>
        {
            e.ToTable("assist_payroll_runs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Programme).HasMaxLength(20);
            e.Property(x => x.TownCode).HasMaxLength(12);
            e.Property(x => x.Month).HasMaxLength(7);
            e.HasIndex(x => new { x.Programme, x.TownCode, x.Month }).IsUnique();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.PreparedBy).HasMaxLength(100);
            e.Property(x => x.PrepareError).HasMaxLength(500);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.ApprovedBy).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        b.Entity<Payment>(e =>
        {
            e.ToTable("assist_payments");
            e.HasKey(x => x.Id);
            // One payment per beneficiary, programme and month: the guarantee behind every re-run.
            e.HasIndex(x => new { x.BeneficiaryId, x.Programme, x.Month }).IsUnique();
            // No index on HouseholdId: no query looks payments up by household, and every payment written paid for it.
            e.HasIndex(x => x.RunId);
            // The payments waiting for re-issue, by village: no index names the status, which approval changes (PostgreSQL's
            // migration also leaves room in each page, fillfactor 30, so approval's new row versions stay on their page).
            e.HasIndex(x => new { x.ReissueRegionCode, x.Programme }).HasFilter("\"ReissueRegionCode\" IS NOT NULL");
            e.Property(x => x.ReissueRegionCode).HasMaxLength(12);
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.HouseholdNumber).HasMaxLength(32);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Programme).HasMaxLength(20);
            e.Property(x => x.Month).HasMaxLength(7);
            e.Property(x => x.BankName).HasMaxLength(100);
            e.Property(x => x.PayeeName).HasMaxLength(60);
            e.Property(x => x.SealedBankAccount).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.FailureReason).HasMaxLength(200);
            e.Property(x => x.Salt).HasMaxLength(32);
            e.Property(x => x.Commitment).HasMaxLength(64);
        });

        b.Entity<CasePhoto>(e =>
        {
            e.ToTable("assist_case_photos");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.Caption).HasMaxLength(100);
            e.Property(x => x.TakenBy).HasMaxLength(100);
        });

        b.Entity<SupportArrangement>(e =>
        {
            e.ToTable("assist_support_arrangements");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Institution).HasMaxLength(50);
            e.Property(x => x.CarerName).HasMaxLength(20);
            e.Property(x => x.CarerIdCipher).HasMaxLength(200);
            e.Property(x => x.CarerIdMasked).HasMaxLength(20);
            e.Property(x => x.CarerBankName).HasMaxLength(50);
            e.Property(x => x.CarerAccountSealed).HasMaxLength(200);
            e.Property(x => x.CarerAccountMasked).HasMaxLength(40);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<GapReview>(e =>
        {
            e.ToTable("assist_gap_reviews");
            e.HasKey(x => x.HouseholdId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
        });

        b.Entity<CaseConsent>(e =>
        {
            e.ToTable("assist_case_consents");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
        });

        b.Entity<Domain.Online.OnlineCode>(e =>
        {
            e.ToTable("assist_online_codes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PersonId, x.CreatedAtUtc });
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.CodeHash).HasMaxLength(64);
        });

        b.Entity<Domain.Online.SmsMessage>(e =>
        {
            e.ToTable("assist_sms_outbox");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CreatedAtUtc);
            e.HasIndex(x => new { x.SentAtUtc, x.NextAttemptAtUtc });
            e.Property(x => x.PhoneCipher).HasMaxLength(200);
            e.Property(x => x.PhoneMasked).HasMaxLength(20);
            e.Property(x => x.TextCipher).HasMaxLength(400);
            e.Property(x => x.Template).HasMaxLength(40);
            e.Property(x => x.ParamsCipher).HasMaxLength(400);
            e.Property(x => x.LastError).HasMaxLength(300);
        });
    }
}
