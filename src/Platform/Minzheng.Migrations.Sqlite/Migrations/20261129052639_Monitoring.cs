using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitor_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonLabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VisitMode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    VisitNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_feed_contents",
                columns: table => new
                {
                    UploadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_feed_contents", x => x.UploadId);
                });

            migrationBuilder.CreateTable(
                name: "monitor_feed_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sm3 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Rows = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_feed_uploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_partner_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SecretSm3 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_partner_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Monitored = table.Column<int>(type: "INTEGER", nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    AlertsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    FeedsJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitor_subjects",
                columns: table => new
                {
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_subjects", x => x.HouseholdId);
                });

            migrationBuilder.CreateTable(
                name: "monitor_verifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitor_verifications", x => x.Id);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
