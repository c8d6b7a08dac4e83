using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PasswordHistoryAndExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PasswordChangedAtUtc",
                table: "platform_users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_password_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReplacedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_password_history", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_password_history_UserId_ReplacedAtUtc",
                table: "platform_password_history",
                columns: new[] { "UserId", "ReplacedAtUtc" });

            // Accounts older than the rule start their password's age now.
            migrationBuilder.Sql("UPDATE platform_users SET \"PasswordChangedAtUtc\" = CURRENT_TIMESTAMP WHERE \"PasswordHash\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_password_history");

            migrationBuilder.DropColumn(
                name: "PasswordChangedAtUtc",
                table: "platform_users");
        }
    }
}
