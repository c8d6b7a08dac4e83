using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssistanceSubsidies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assist_payments_HouseholdId_Programme_Month",
                table: "assist_payments");

            migrationBuilder.AddColumn<Guid>(
                name: "BeneficiaryId",
                table: "assist_payments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PersonId",
                table: "assist_cases",
                type: "uuid",
                nullable: true);

            // Every payment so far was a household's: the household is its beneficiary (before the unique index is built).
            migrationBuilder.Sql("UPDATE assist_payments SET \"BeneficiaryId\" = \"HouseholdId\";");

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_BeneficiaryId_Programme_Month",
                table: "assist_payments",
                columns: new[] { "BeneficiaryId", "Programme", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_HouseholdId",
                table: "assist_payments",
                column: "HouseholdId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assist_payments_BeneficiaryId_Programme_Month",
                table: "assist_payments");

            migrationBuilder.DropIndex(
                name: "IX_assist_payments_HouseholdId",
                table: "assist_payments");

            migrationBuilder.DropColumn(
                name: "BeneficiaryId",
                table: "assist_payments");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "assist_cases");

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_HouseholdId_Programme_Month",
                table: "assist_payments",
                columns: new[] { "HouseholdId", "Programme", "Month" },
                unique: true);
        }
    }
}
