using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RufaBot.Storage.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class OutboxWaitingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_RecipientKey_Sequence",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Waiting_RecipientKey_Sequence",
                table: "OutboxMessages",
                columns: new[] { "RecipientKey", "Sequence" },
                filter: "\"DeliveredAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Waiting_RecipientKey_Sequence",
                table: "OutboxMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RecipientKey_Sequence",
                table: "OutboxMessages",
                columns: new[] { "RecipientKey", "Sequence" });
        }
    }
}
