using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ElderlyTargetsAndSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Grounds",
                table: "elderly_retrofits",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "HouseholdId",
                table: "elderly_retrofits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assist_support_arrangements",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CarerName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CarerIdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CarerIdMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CarerBankName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CarerAccountSealed = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CarerAccountMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CareFeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_support_arrangements", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assist_support_arrangements_RegionCode",
                table: "assist_support_arrangements",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assist_support_arrangements");

            migrationBuilder.DropColumn(
                name: "Grounds",
                table: "elderly_retrofits");

            migrationBuilder.DropColumn(
                name: "HouseholdId",
                table: "elderly_retrofits");
        }
    }
}
