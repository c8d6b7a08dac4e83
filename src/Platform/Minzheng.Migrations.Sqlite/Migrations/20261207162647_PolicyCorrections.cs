using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PolicyCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecondAssessor",
                table: "elderly_assessments",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AcceptedOn",
                table: "assist_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "assist_cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HouseholdEdge",
                table: "assist_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LimitWorkingDays",
                table: "assist_cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaperworkDueOn",
                table: "assist_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TerminationObjectionDueOn",
                table: "assist_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TerminationPublicityEndsOn",
                table: "assist_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TotalDueOn",
                table: "assist_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_holiday_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_holiday_years", x => x.Year);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_holiday_years");

            migrationBuilder.DropColumn(
                name: "SecondAssessor",
                table: "elderly_assessments");

            migrationBuilder.DropColumn(
                name: "AcceptedOn",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "HouseholdEdge",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "LimitWorkingDays",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "PaperworkDueOn",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "TerminationObjectionDueOn",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "TerminationPublicityEndsOn",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "TotalDueOn",
                table: "assist_cases");
        }
    }
}
