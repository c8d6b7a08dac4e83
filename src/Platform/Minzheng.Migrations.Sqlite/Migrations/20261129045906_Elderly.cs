using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Elderly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elderly_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Assessor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ScoresJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Dementia = table.Column<bool>(type: "INTEGER", nullable: false),
                    OtherMentalDisorder = table.Column<bool>(type: "INTEGER", nullable: false),
                    CareRiskEvents = table.Column<int>(type: "INTEGER", nullable: false),
                    Comatose = table.Column<bool>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelByScore = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ExplanationJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReassessOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_flags",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    LeftBehind = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeverelyDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FamilyPlanningSpecial = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_flags", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "elderly_visit_plans",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_visit_plans", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "elderly_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Visitor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_visits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_assessments_PersonId_AssessedOn",
                table: "elderly_assessments",
                columns: new[] { "PersonId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_assessments_RegionCode",
                table: "elderly_assessments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_flags_RegionCode",
                table: "elderly_flags",
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elderly_assessments");

            migrationBuilder.DropTable(
                name: "elderly_flags");

            migrationBuilder.DropTable(
                name: "elderly_visit_plans");

            migrationBuilder.DropTable(
                name: "elderly_visits");
        }
    }
}
