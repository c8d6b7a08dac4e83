using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Payroll : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assist_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Salt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_payroll_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Payments = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PreparedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreparedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_payroll_runs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_HouseholdId_Programme_Month",
                table: "assist_payments",
                columns: new[] { "HouseholdId", "Programme", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_RegionCode_Status",
                table: "assist_payments",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_RunId",
                table: "assist_payments",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_payroll_runs_Programme_TownCode_Month",
                table: "assist_payroll_runs",
                columns: new[] { "Programme", "TownCode", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assist_payments");

            migrationBuilder.DropTable(
                name: "assist_payroll_runs");
        }
    }
}
