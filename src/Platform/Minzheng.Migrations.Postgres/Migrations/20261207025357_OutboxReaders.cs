using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TransactionId",
                table: "platform_outbox",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "platform_dead_letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subscriber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FirstFailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastFailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_dead_letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_inbox",
                columns: table => new
                {
                    Subscriber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_inbox", x => new { x.Subscriber, x.OutboxId });
                });

            migrationBuilder.CreateTable(
                name: "platform_subscriptions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_subscriptions", x => x.Name);
                });

            // The writing transaction's id, which the gap-safe feed orders by (ADR 0007); rows written before keep 0 and
            // so come first, in id order, as they were read until now.
            migrationBuilder.Sql("""ALTER TABLE platform_outbox ALTER COLUMN "TransactionId" SET DEFAULT (pg_current_xact_id()::text::bigint);""");

            // The ledger read every id above the largest it held: that is its position now.
            migrationBuilder.Sql("""
                INSERT INTO platform_subscriptions ("Name", "TransactionId", "OutboxId", "UpdatedAtUtc")
                SELECT 'ledger', 0, last, now() FROM (SELECT MAX("OutboxId") AS last FROM ledger_entries) AS appended WHERE last IS NOT NULL;
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
