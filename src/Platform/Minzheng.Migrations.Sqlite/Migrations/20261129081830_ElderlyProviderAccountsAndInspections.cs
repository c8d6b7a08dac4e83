using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ElderlyProviderAccountsAndInspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elderly_provider_accounts",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoundBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BoundAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_provider_accounts", x => x.UserName);
                });

            migrationBuilder.CreateTable(
                name: "elderly_safety_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectificationNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_safety_inspections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_provider_accounts_ProviderId",
                table: "elderly_provider_accounts",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_safety_inspections_ProviderId_InspectedOn",
                table: "elderly_safety_inspections",
                columns: new[] { "ProviderId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_safety_inspections_RegionCode",
                table: "elderly_safety_inspections",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elderly_provider_accounts");

            migrationBuilder.DropTable(
                name: "elderly_safety_inspections");
        }
    }
}
