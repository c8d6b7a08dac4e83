using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssistancePhotosAndGapReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assist_case_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Caption = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_case_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assist_gap_reviews",
                columns: table => new
                {
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_gap_reviews", x => x.HouseholdId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_photos_CaseId",
                table: "assist_case_photos",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_assist_case_photos_RegionCode",
                table: "assist_case_photos",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_assist_gap_reviews_RegionCode",
                table: "assist_gap_reviews",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assist_case_photos");

            migrationBuilder.DropTable(
                name: "assist_gap_reviews");
        }
    }
}
