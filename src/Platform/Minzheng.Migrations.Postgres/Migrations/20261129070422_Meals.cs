using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Meals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elderly_meals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Meals = table.Column<int>(type: "integer", nullable: false),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: false),
                    Salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_meals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meals_PersonId_ProviderId_ServedOn",
                table: "elderly_meals",
                columns: new[] { "PersonId", "ProviderId", "ServedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_elderly_meals_RegionCode_ServedOn",
                table: "elderly_meals",
                columns: new[] { "RegionCode", "ServedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elderly_meals");
        }
    }
}
