using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HomeCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elderly_home_care_beds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FitOut = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_home_care_beds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Beds = table.Column<int>(type: "INTEGER", nullable: false),
                    NursingBeds = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_service_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Items = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Staff = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CheckInUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckOutUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    SubsidyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Salt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_service_deliveries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_home_care_beds_PersonId",
                table: "elderly_home_care_beds",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_home_care_beds_RegionCode_StartsOn",
                table: "elderly_home_care_beds",
                columns: new[] { "RegionCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_providers_Name",
                table: "elderly_providers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_deliveries_PersonId",
                table: "elderly_service_deliveries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_deliveries_RegionCode_CheckInUtc",
                table: "elderly_service_deliveries",
                columns: new[] { "RegionCode", "CheckInUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elderly_home_care_beds");

            migrationBuilder.DropTable(
                name: "elderly_providers");

            migrationBuilder.DropTable(
                name: "elderly_service_deliveries");
        }
    }
}
