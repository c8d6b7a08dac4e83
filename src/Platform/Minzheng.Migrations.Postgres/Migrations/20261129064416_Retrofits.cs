using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Retrofits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "elderly_retrofits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Stage = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Items = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConstructionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PhotoBeforeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhotoBefore = table.Column<byte[]>(type: "bytea", nullable: true),
                    PhotoAfterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhotoAfter = table.Column<byte[]>(type: "bytea", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_retrofits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_retrofits_PersonId",
                table: "elderly_retrofits",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_retrofits_RegionCode_AcceptedOn",
                table: "elderly_retrofits",
                columns: new[] { "RegionCode", "AcceptedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elderly_retrofits");
        }
    }
}
