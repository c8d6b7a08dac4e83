using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementNo = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FitOut = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_home_care_beds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Beds = table.Column<int>(type: "integer", nullable: false),
                    NursingBeds = table.Column<int>(type: "integer", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "elderly_service_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    BedId = table.Column<Guid>(type: "uuid", nullable: true),
                    Items = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Staff = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CheckInUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckOutUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: false),
                    Salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
