using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssistanceProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssessmentJson",
                table: "assist_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CoveredMembers",
                table: "assist_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RequestedProgramme",
                table: "assist_cases",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidUntil",
                table: "assist_cases",
                type: "TEXT",
                nullable: true);

            // Cases before the routing were 低保 applications: they started at 低保, and an investigated one covers every living member.
            migrationBuilder.Sql("UPDATE assist_cases SET \"RequestedProgramme\" = \"Programme\";");
            migrationBuilder.Sql("UPDATE assist_cases SET \"CoveredMembers\" = \"Members\" WHERE \"MonthlyAmountFen\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssessmentJson",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "CoveredMembers",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "RequestedProgramme",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                table: "assist_cases");
        }
    }
}
