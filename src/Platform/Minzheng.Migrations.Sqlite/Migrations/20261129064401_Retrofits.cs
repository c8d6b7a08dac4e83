using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubsidyFen = table.Column<long>(type: "INTEGER", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConstructionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PhotoBeforeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhotoBefore = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PhotoAfterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhotoAfter = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
