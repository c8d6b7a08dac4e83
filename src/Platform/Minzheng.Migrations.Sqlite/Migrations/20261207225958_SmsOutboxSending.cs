using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SmsOutboxSending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "assist_sms_outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "GaveUpAtUtc",
                table: "assist_sms_outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "assist_sms_outbox",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntilUtc",
                table: "assist_sms_outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAtUtc",
                table: "assist_sms_outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParamsCipher",
                table: "assist_sms_outbox",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Template",
                table: "assist_sms_outbox",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_assist_sms_outbox_SentAtUtc_NextAttemptAtUtc",
                table: "assist_sms_outbox",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assist_sms_outbox_SentAtUtc_NextAttemptAtUtc",
                table: "assist_sms_outbox");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "assist_sms_outbox");

            migrationBuilder.DropColumn(
                name: "GaveUpAtUtc",
                table: "assist_sms_outbox");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "assist_sms_outbox");

            migrationBuilder.DropColumn(
                name: "LeaseUntilUtc",
                table: "assist_sms_outbox");

            migrationBuilder.DropColumn(
                name: "NextAttemptAtUtc",
                table: "assist_sms_outbox");

            migrationBuilder.DropColumn(
                name: "ParamsCipher",
                table: "assist_sms_outbox");

            migrationBuilder.DropColumn(
                name: "Template",
                table: "assist_sms_outbox");
        }
    }
}
