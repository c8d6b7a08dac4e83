using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssistanceConsentTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_consents_RegionCode",
                table: "assist_case_consents",
                column: "RegionCode");

            // The documents move with their cases: the case row keeps the file name and the SM3.
            migrationBuilder.Sql("INSERT INTO assist_case_consents (\"CaseId\", \"RegionCode\", \"Bytes\") SELECT \"Id\", \"RegionCode\", \"Consent\" FROM assist_cases");

            migrationBuilder.DropColumn(
                name: "Consent",
                table: "assist_cases");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Consent",
                table: "assist_cases",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.Sql("UPDATE assist_cases SET \"Consent\" = (SELECT c.\"Bytes\" FROM assist_case_consents c WHERE c.\"CaseId\" = assist_cases.\"Id\") WHERE EXISTS (SELECT 1 FROM assist_case_consents c WHERE c.\"CaseId\" = assist_cases.\"Id\")");

            migrationBuilder.DropTable(
                name: "assist_case_consents");
        }
    }
}
