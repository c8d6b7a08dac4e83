using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The whole schema on PostgreSQL, squashed before the first release (ADR 0012). Hand-written parts: the append-only
    /// triggers of the audit trail and the ledger. The outbox's transaction-id default and the payments' fillfactor come
    /// from the PostgreSQL model. Never squash below a released baseline.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assist_benefit_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_benefit_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_case_consents",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_case_consents", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "assist_case_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Caption = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_case_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Programme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestedProgramme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssessmentJson = table.Column<string>(type: "text", nullable: true),
                    CoveredMembers = table.Column<int>(type: "integer", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Cause = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TownMayApprove = table.Column<bool>(type: "boolean", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    HouseholdNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Urban = table.Column<bool>(type: "boolean", nullable: false),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicityEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConsentSm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VerificationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    InvestigationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExplanationJson = table.Column<string>(type: "text", nullable: true),
                    MonthlyAmountFen = table.Column<long>(type: "bigint", nullable: true),
                    BenefitFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StopFrom = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_gap_reviews",
                columns: table => new
                {
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_gap_reviews", x => x.HouseholdId);
                });

            migrationBuilder.CreateTable(
                name: "assist_online_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_online_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    BeneficiaryId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Programme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PayeeName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SealedBankAccount = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReissueRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_payments", x => x.Id);
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 30);

            migrationBuilder.CreateTable(
                name: "assist_payroll_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Programme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TownCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    PrepareError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Payments = table.Column<int>(type: "integer", nullable: false),
                    TotalFen = table.Column<long>(type: "bigint", nullable: false),
                    PreparedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PreparedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_payroll_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_sms_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_sms_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Assessor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ScoresJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Dementia = table.Column<bool>(type: "boolean", nullable: false),
                    OtherMentalDisorder = table.Column<bool>(type: "boolean", nullable: false),
                    CareRiskEvents = table.Column<int>(type: "integer", nullable: false),
                    Comatose = table.Column<bool>(type: "boolean", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    LevelByScore = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ExplanationJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReassessOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_centenarian_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ActedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_centenarian_actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_delivery_photos",
                columns: table => new
                {
                    DeliveryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_delivery_photos", x => x.DeliveryId);
                });

            migrationBuilder.CreateTable(
                name: "elderly_facilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_facilities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_flags",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    LeftBehind = table.Column<bool>(type: "boolean", nullable: false),
                    SeverelyDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    FamilyPlanningSpecial = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_flags", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "elderly_home_care_beds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementNo = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FitOut = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_home_care_beds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_meal_enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_meal_enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_meals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Meals = table.Column<int>(type: "integer", nullable: false),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: false),
                    Salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_meals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_provider_accounts",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    BoundBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BoundAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_provider_accounts", x => x.UserName);
                });

            migrationBuilder.CreateTable(
                name: "elderly_providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Beds = table.Column<int>(type: "integer", nullable: false),
                    NursingBeds = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_retrofits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Stage = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Items = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConstructionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PhotoBeforeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhotoBefore = table.Column<byte[]>(type: "bytea", nullable: true),
                    PhotoAfterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhotoAfter = table.Column<byte[]>(type: "bytea", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_retrofits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_safety_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Inspector = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Result = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RectificationNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_safety_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_service_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    BedId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    PhotoName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Items = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Staff = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CheckInUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckOutUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: false),
                    Salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_service_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_service_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Items = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DeliveryId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_service_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_visit_plans",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Risk = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_visit_plans", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "elderly_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Visitor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_checkpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Root = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    TimeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    Index = table.Column<long>(type: "bigint", nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    LeafHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    AppendedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.Index);
                });

            migrationBuilder.CreateTable(
                name: "ledger_nodes",
                columns: table => new
                {
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_nodes", x => new { x.Level, x.Position });
                });

            migrationBuilder.CreateTable(
                name: "monitor_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Rule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Programme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VisitMode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    VisitNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_feed_contents",
                columns: table => new
                {
                    UploadId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_feed_contents", x => x.UploadId);
                });

            migrationBuilder.CreateTable(
                name: "monitor_feed_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Rows = table.Column<long>(type: "bigint", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_feed_uploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_partner_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kinds = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SecretSm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Disabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_partner_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Monitored = table.Column<int>(type: "integer", nullable: false),
                    Households = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<int>(type: "integer", nullable: false),
                    AlertsCreated = table.Column<int>(type: "integer", nullable: false),
                    FeedsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_subjects",
                columns: table => new
                {
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_subjects", x => x.HouseholdId);
                });

            migrationBuilder.CreateTable(
                name: "monitor_verifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    ReportJson = table.Column<string>(type: "text", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_dead_letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subscriber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FirstFailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastFailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_dead_letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_inbox",
                columns: table => new
                {
                    Subscriber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_inbox", x => new { x.Subscriber, x.OutboxId });
                });

            migrationBuilder.CreateTable(
                name: "platform_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "(pg_current_xact_id()::text::bigint)"),
                    EventType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    Internal = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_settings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Unconfirmed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_subscriptions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_subscriptions", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    RegionGrants = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeadPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    BankName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    BankAccountCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BankAccountMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_person_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    FromHouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToHouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_person_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "workplan_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Checksum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workplan_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_case_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assist_case_events_assist_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "assist_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assist_case_incomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MonthlyFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_case_incomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assist_case_incomes_assist_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "assist_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumberIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    Relation = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_persons_registry_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "registry_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workplan_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workplan_parts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workplan_parts_workplan_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "workplan_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workplan_points",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartNumber = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ResponsibleUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Leader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workplan_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workplan_points_workplan_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "workplan_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workplan_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PointNumber = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    TargetValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Pace = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workplan_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workplan_targets_workplan_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "workplan_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workplan_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workplan_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workplan_milestones_workplan_targets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "workplan_targets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workplan_progress_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EvidenceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EvidenceType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Evidence = table.Column<byte[]>(type: "bytea", nullable: false),
                    EvidenceSm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workplan_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workplan_progress_reports_workplan_targets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "workplan_targets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assist_benefit_changes_CaseId",
                table: "assist_benefit_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_consents_RegionCode",
                table: "assist_case_consents",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_events_CaseId",
                table: "assist_case_events",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_incomes_CaseId",
                table: "assist_case_incomes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_photos_CaseId",
                table: "assist_case_photos",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_photos_RegionCode",
                table: "assist_case_photos",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_assist_cases_HouseholdId",
                table: "assist_cases",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_cases_Number",
                table: "assist_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assist_cases_Programme_RegionCode_Version",
                table: "assist_cases",
                columns: new[] { "Programme", "RegionCode", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_assist_cases_RegionCode_Status",
                table: "assist_cases",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_assist_gap_reviews_RegionCode",
                table: "assist_gap_reviews",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_assist_online_codes_PersonId_CreatedAtUtc",
                table: "assist_online_codes",
                columns: new[] { "PersonId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_BeneficiaryId_Programme_Month",
                table: "assist_payments",
                columns: new[] { "BeneficiaryId", "Programme", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_ReissueRegionCode_Programme",
                table: "assist_payments",
                columns: new[] { "ReissueRegionCode", "Programme" },
                filter: "\"ReissueRegionCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_RunId",
                table: "assist_payments",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_payroll_runs_Programme_TownCode_Month",
                table: "assist_payroll_runs",
                columns: new[] { "Programme", "TownCode", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assist_sms_outbox_CreatedAtUtc",
                table: "assist_sms_outbox",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_assessments_PersonId_AssessedOn",
                table: "elderly_assessments",
                columns: new[] { "PersonId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_assessments_RegionCode",
                table: "elderly_assessments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_centenarian_actions_PersonId",
                table: "elderly_centenarian_actions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_centenarian_actions_RegionCode",
                table: "elderly_centenarian_actions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_facilities_Kind_RegionCode",
                table: "elderly_facilities",
                columns: new[] { "Kind", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_flags_RegionCode",
                table: "elderly_flags",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_home_care_beds_PersonId",
                table: "elderly_home_care_beds",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_home_care_beds_RegionCode_StartsOn",
                table: "elderly_home_care_beds",
                columns: new[] { "RegionCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meal_enrolments_PersonId",
                table: "elderly_meal_enrolments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meal_enrolments_ProviderId_EndedOn",
                table: "elderly_meal_enrolments",
                columns: new[] { "ProviderId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meal_enrolments_RegionCode",
                table: "elderly_meal_enrolments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meals_PersonId_ProviderId_ServedOn",
                table: "elderly_meals",
                columns: new[] { "PersonId", "ProviderId", "ServedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meals_RegionCode_ServedOn",
                table: "elderly_meals",
                columns: new[] { "RegionCode", "ServedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_provider_accounts_ProviderId",
                table: "elderly_provider_accounts",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_providers_Name",
                table: "elderly_providers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_elderly_retrofits_PersonId",
                table: "elderly_retrofits",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_retrofits_RegionCode_AcceptedOn",
                table: "elderly_retrofits",
                columns: new[] { "RegionCode", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_safety_inspections_ProviderId_InspectedOn",
                table: "elderly_safety_inspections",
                columns: new[] { "ProviderId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_safety_inspections_RegionCode",
                table: "elderly_safety_inspections",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_deliveries_OrderId",
                table: "elderly_service_deliveries",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_deliveries_PersonId",
                table: "elderly_service_deliveries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_deliveries_RegionCode_CheckInUtc",
                table: "elderly_service_deliveries",
                columns: new[] { "RegionCode", "CheckInUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_orders_PersonId",
                table: "elderly_service_orders",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_orders_ProviderId_Status",
                table: "elderly_service_orders",
                columns: new[] { "ProviderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_orders_RegionCode",
                table: "elderly_service_orders",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_visit_plans_RegionCode",
                table: "elderly_visit_plans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_visits_PersonId",
                table: "elderly_visits",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_visits_RegionCode_VisitedOn",
                table: "elderly_visits",
                columns: new[] { "RegionCode", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_checkpoints_Size",
                table: "ledger_checkpoints",
                column: "Size");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_OutboxId",
                table: "ledger_entries",
                column: "OutboxId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitor_alerts_Period_Rule_HouseholdId_PersonId",
                table: "monitor_alerts",
                columns: new[] { "Period", "Rule", "HouseholdId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitor_alerts_RegionCode_Status",
                table: "monitor_alerts",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_monitor_feed_uploads_Kind_Version",
                table: "monitor_feed_uploads",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitor_partner_clients_ClientId",
                table: "monitor_partner_clients",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitor_runs_Period",
                table: "monitor_runs",
                column: "Period",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitor_subjects_RegionCode",
                table: "monitor_subjects",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitor_verifications_CaseId",
                table: "monitor_verifications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_monitor_verifications_RegionCode",
                table: "monitor_verifications",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_AtUtc",
                table: "platform_audit",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_EntityType_EntityId",
                table: "platform_audit",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_dead_letters_Status",
                table: "platform_dead_letters",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_platform_dead_letters_Subscriber_OutboxId",
                table: "platform_dead_letters",
                columns: new[] { "Subscriber", "OutboxId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_jobs_Kind_Status_CreatedAtUtc",
                table: "platform_jobs",
                columns: new[] { "Kind", "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_IdempotencyKey",
                table: "platform_outbox",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_internal",
                table: "platform_outbox",
                columns: new[] { "EventType", "TransactionId", "Id" },
                filter: "\"Internal\"");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_position",
                table: "platform_outbox",
                columns: new[] { "TransactionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_settings_Key_RegionCode_EffectiveFrom",
                table: "platform_settings",
                columns: new[] { "Key", "RegionCode", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_households_Number",
                table: "registry_households",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_households_RegionCode",
                table: "registry_households",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_person_events_PersonId",
                table: "registry_person_events",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_HouseholdId",
                table: "registry_persons",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_IdNumberIndex",
                table: "registry_persons",
                column: "IdNumberIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_Name",
                table: "registry_persons",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_RegionCode",
                table: "registry_persons",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_regions_ParentCode",
                table: "registry_regions",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_workplan_milestones_TargetId",
                table: "workplan_milestones",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_workplan_parts_PlanId_Number",
                table: "workplan_parts",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workplan_plans_RegionCode_Year",
                table: "workplan_plans",
                columns: new[] { "RegionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workplan_points_PlanId_Number",
                table: "workplan_points",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workplan_progress_reports_TargetId",
                table: "workplan_progress_reports",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_workplan_targets_PlanId_Key",
                table: "workplan_targets",
                columns: new[] { "PlanId", "Key" },
                unique: true);

            // Hand-written: the audit trail and the ledger are append-only on PostgreSQL (EF cannot express triggers).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION platform_audit_append_only() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'platform_audit is append-only: % refused', TG_OP;
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER platform_audit_no_update_delete
                    BEFORE UPDATE OR DELETE ON platform_audit
                    FOR EACH ROW EXECUTE FUNCTION platform_audit_append_only();
                CREATE TRIGGER platform_audit_no_truncate
                    BEFORE TRUNCATE ON platform_audit
                    FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_append_only();
                CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER ledger_nodes_append_only BEFORE UPDATE OR DELETE ON ledger_nodes FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS ledger_nodes_append_only ON ledger_nodes;
                DROP TRIGGER IF EXISTS ledger_entries_append_only ON ledger_entries;
                DROP FUNCTION IF EXISTS ledger_append_only();
                DROP TRIGGER IF EXISTS platform_audit_no_truncate ON platform_audit;
                DROP TRIGGER IF EXISTS platform_audit_no_update_delete ON platform_audit;
                DROP FUNCTION IF EXISTS platform_audit_append_only();
                """);

            migrationBuilder.DropTable(
                name: "assist_benefit_changes");

            migrationBuilder.DropTable(
                name: "assist_case_consents");

            migrationBuilder.DropTable(
                name: "assist_case_events");

            migrationBuilder.DropTable(
                name: "assist_case_incomes");

            migrationBuilder.DropTable(
                name: "assist_case_photos");

            migrationBuilder.DropTable(
                name: "assist_gap_reviews");

            migrationBuilder.DropTable(
                name: "assist_online_codes");

            migrationBuilder.DropTable(
                name: "assist_payments");

            migrationBuilder.DropTable(
                name: "assist_payroll_runs");

            migrationBuilder.DropTable(
                name: "assist_sms_outbox");

            migrationBuilder.DropTable(
                name: "elderly_assessments");

            migrationBuilder.DropTable(
                name: "elderly_centenarian_actions");

            migrationBuilder.DropTable(
                name: "elderly_delivery_photos");

            migrationBuilder.DropTable(
                name: "elderly_facilities");

            migrationBuilder.DropTable(
                name: "elderly_flags");

            migrationBuilder.DropTable(
                name: "elderly_home_care_beds");

            migrationBuilder.DropTable(
                name: "elderly_meal_enrolments");

            migrationBuilder.DropTable(
                name: "elderly_meals");

            migrationBuilder.DropTable(
                name: "elderly_provider_accounts");

            migrationBuilder.DropTable(
                name: "elderly_providers");

            migrationBuilder.DropTable(
                name: "elderly_retrofits");

            migrationBuilder.DropTable(
                name: "elderly_safety_inspections");

            migrationBuilder.DropTable(
                name: "elderly_service_deliveries");

            migrationBuilder.DropTable(
                name: "elderly_service_orders");

            migrationBuilder.DropTable(
                name: "elderly_visit_plans");

            migrationBuilder.DropTable(
                name: "elderly_visits");

            migrationBuilder.DropTable(
                name: "ledger_checkpoints");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "ledger_nodes");

            migrationBuilder.DropTable(
                name: "monitor_alerts");

            migrationBuilder.DropTable(
                name: "monitor_feed_contents");

            migrationBuilder.DropTable(
                name: "monitor_feed_uploads");

            migrationBuilder.DropTable(
                name: "monitor_partner_clients");

            migrationBuilder.DropTable(
                name: "monitor_runs");

            migrationBuilder.DropTable(
                name: "monitor_subjects");

            migrationBuilder.DropTable(
                name: "monitor_verifications");

            migrationBuilder.DropTable(
                name: "platform_audit");

            migrationBuilder.DropTable(
                name: "platform_dead_letters");

            migrationBuilder.DropTable(
                name: "platform_inbox");

            migrationBuilder.DropTable(
                name: "platform_jobs");

            migrationBuilder.DropTable(
                name: "platform_outbox");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_settings");

            migrationBuilder.DropTable(
                name: "platform_subscriptions");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "registry_person_events");

            migrationBuilder.DropTable(
                name: "registry_persons");

            migrationBuilder.DropTable(
                name: "registry_regions");

            migrationBuilder.DropTable(
                name: "workplan_milestones");

            migrationBuilder.DropTable(
                name: "workplan_parts");

            migrationBuilder.DropTable(
                name: "workplan_points");

            migrationBuilder.DropTable(
                name: "workplan_progress_reports");

            migrationBuilder.DropTable(
                name: "assist_cases");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "platform_users");

            migrationBuilder.DropTable(
                name: "registry_households");

            migrationBuilder.DropTable(
                name: "workplan_targets");

            migrationBuilder.DropTable(
                name: "workplan_plans");
        }
    }
}
