using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RufaBot.Storage.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Concerns",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PurgedAt",
                table: "Concerns",
                type: "bigint",
                nullable: true);

            // Concerns closed before this migration: nothing changes a closed concern, so its last update is its close.
            migrationBuilder.Sql("""
                UPDATE "Concerns" SET "ClosedAt" = (EXTRACT(EPOCH FROM "UpdatedAt") * 10000000)::bigint + 621355968000000000
                WHERE "Status" = 'Closed' AND "ClosedAt" IS NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_PurgedAt_ClosedAt",
                table: "Concerns",
                columns: new[] { "PurgedAt", "ClosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Concerns_PurgedAt_ClosedAt",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "PurgedAt",
                table: "Concerns");
        }
    }
}
