using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EncryptedSmsText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Messages queued before carried their one-time code in clear; the codes have long expired: removed.
            migrationBuilder.Sql("DELETE FROM assist_sms_outbox;");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "assist_sms_outbox");

            migrationBuilder.AddColumn<string>(
                name: "TextCipher",
                table: "assist_sms_outbox",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextCipher",
                table: "assist_sms_outbox");

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "assist_sms_outbox",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }
    }
}
