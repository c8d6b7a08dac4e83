using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssistanceCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assist_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Programme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    Consent = table.Column<byte[]>(type: "bytea", nullable: false),
                    VerificationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    InvestigationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExplanationJson = table.Column<string>(type: "text", nullable: true),
                    MonthlyAmountFen = table.Column<long>(type: "bigint", nullable: true),
                    BenefitFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_cases", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_events_CaseId",
                table: "assist_case_events",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_incomes_CaseId",
                table: "assist_case_incomes",
                column: "CaseId");

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
                name: "IX_assist_cases_RegionCode_Status",
                table: "assist_cases",
                columns: new[] { "RegionCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assist_case_events");

            migrationBuilder.DropTable(
                name: "assist_case_incomes");

            migrationBuilder.DropTable(
                name: "assist_cases");
        }
    }
}
