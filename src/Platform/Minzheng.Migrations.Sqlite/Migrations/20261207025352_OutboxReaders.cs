using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutboxReaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Internal",
                table: "platform_outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TransactionId",
                table: "platform_outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "platform_dead_letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subscriber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OutboxId = table.Column<long>(type: "INTEGER", nullable: false),
                    TransactionId = table.Column<long>(type: "INTEGER", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FirstFailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastFailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_dead_letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_inbox",
                columns: table => new
                {
                    Subscriber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OutboxId = table.Column<long>(type: "INTEGER", nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_inbox", x => new { x.Subscriber, x.OutboxId });
                });

            migrationBuilder.CreateTable(
                name: "platform_subscriptions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TransactionId = table.Column<long>(type: "INTEGER", nullable: false),
                    OutboxId = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_subscriptions", x => x.Name);
                });

            // The ledger read every id above the largest it held: that is its position now.
            migrationBuilder.Sql("""
                INSERT INTO platform_subscriptions ("Name", "TransactionId", "OutboxId", "UpdatedAtUtc")
                SELECT 'ledger', 0, last, strftime('%Y-%m-%d %H:%M:%f', 'now') FROM (SELECT MAX("OutboxId") AS last FROM ledger_entries) AS appended WHERE last IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_internal",
                table: "platform_outbox",
                columns: new[] { "EventType", "TransactionId", "Id" },
                filter: "\"Internal\"");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_position",
                table: "platform_outbox",
                columns: new[] { "TransactionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_dead_letters_Status",
                table: "platform_dead_letters",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_platform_dead_letters_Subscriber_OutboxId",
                table: "platform_dead_letters",
                columns: new[] { "Subscriber", "OutboxId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_dead_letters");

            migrationBuilder.DropTable(
                name: "platform_inbox");

            migrationBuilder.DropTable(
                name: "platform_subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_platform_outbox_internal",
                table: "platform_outbox");

            migrationBuilder.DropIndex(
                name: "IX_platform_outbox_position",
                table: "platform_outbox");

            migrationBuilder.DropColumn(
                name: "Internal",
                table: "platform_outbox");

            migrationBuilder.DropColumn(
                name: "TransactionId",
                table: "platform_outbox");
        }
    }
}
