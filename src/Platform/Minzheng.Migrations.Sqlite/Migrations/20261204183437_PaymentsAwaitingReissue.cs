using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PaymentsAwaitingReissue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assist_payments_RegionCode_Status",
                table: "assist_payments");

            migrationBuilder.AddColumn<string>(
                name: "ReissueRegionCode",
                table: "assist_payments",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            // The payments the bank returned (or approval failed) wait for re-issue in their village.
            migrationBuilder.Sql("""UPDATE assist_payments SET "ReissueRegionCode" = "RegionCode" WHERE "Status" = 'Failed'""");

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_ReissueRegionCode_Programme",
                table: "assist_payments",
                columns: new[] { "ReissueRegionCode", "Programme" },
                filter: "\"ReissueRegionCode\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assist_payments_ReissueRegionCode_Programme",
                table: "assist_payments");

            migrationBuilder.DropColumn(
                name: "ReissueRegionCode",
                table: "assist_payments");

            migrationBuilder.CreateIndex(
                name: "IX_assist_payments_RegionCode_Status",
                table: "assist_payments",
                columns: new[] { "RegionCode", "Status" });
        }
    }
}
