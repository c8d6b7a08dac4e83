using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ElderlyServiceOrdersAndDeliveryPhotos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrderId",
                table: "elderly_service_deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhotoName",
                table: "elderly_service_deliveries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "elderly_delivery_photos",
                columns: table => new
                {
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_delivery_photos", x => x.DeliveryId);
                });

            migrationBuilder.CreateTable(
                name: "elderly_service_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elderly_service_orders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_deliveries_OrderId",
                table: "elderly_service_deliveries",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_orders_PersonId",
                table: "elderly_service_orders",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_orders_ProviderId_Status",
                table: "elderly_service_orders",
                columns: new[] { "ProviderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_elderly_service_orders_RegionCode",
                table: "elderly_service_orders",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elderly_delivery_photos");

            migrationBuilder.DropTable(
                name: "elderly_service_orders");

            migrationBuilder.DropIndex(
                name: "IX_elderly_service_deliveries_OrderId",
                table: "elderly_service_deliveries");

            migrationBuilder.DropColumn(
                name: "OrderId",
                table: "elderly_service_deliveries");

            migrationBuilder.DropColumn(
                name: "PhotoName",
                table: "elderly_service_deliveries");
        }
    }
}
