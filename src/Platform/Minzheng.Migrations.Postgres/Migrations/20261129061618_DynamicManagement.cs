using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DynamicManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewOn",
                table: "assist_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StopFrom",
                table: "assist_cases",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assist_benefit_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assist_benefit_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assist_benefit_changes_CaseId",
                table: "assist_benefit_changes",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assist_benefit_changes");

            migrationBuilder.DropColumn(
                name: "NextReviewOn",
                table: "assist_cases");

            migrationBuilder.DropColumn(
                name: "StopFrom",
                table: "assist_cases");
        }
    }
}
