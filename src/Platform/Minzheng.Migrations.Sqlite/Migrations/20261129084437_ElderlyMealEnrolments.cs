using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ElderlyMealEnrolments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elderly_meal_enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_meal_enrolments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meal_enrolments_PersonId",
                table: "elderly_meal_enrolments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meal_enrolments_ProviderId_EndedOn",
                table: "elderly_meal_enrolments",
                columns: new[] { "ProviderId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meal_enrolments_RegionCode",
                table: "elderly_meal_enrolments",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elderly_meal_enrolments");
        }
    }
}
