using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
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
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AcceptedOn",
                table: "assist_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "assist_cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HouseholdEdge",
                table: "assist_cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LimitWorkingDays",
                table: "assist_cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaperworkDueOn",
                table: "assist_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TerminationObjectionDueOn",
                table: "assist_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TerminationPublicityEndsOn",
                table: "assist_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TotalDueOn",
                table: "assist_cases",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_holiday_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
