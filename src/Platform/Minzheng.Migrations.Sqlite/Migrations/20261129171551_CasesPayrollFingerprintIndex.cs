using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CasesPayrollFingerprintIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_assist_cases_Programme_RegionCode_Version",
                table: "assist_cases",
                columns: new[] { "Programme", "RegionCode", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assist_cases_Programme_RegionCode_Version",
                table: "assist_cases");
        }
    }
}
