using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RufaBot.Storage.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class UnlinkedReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FollowUpSecret",
                table: "Concerns",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceConsent",
                table: "Concerns",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FollowUpSecret",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "SourceConsent",
                table: "Concerns");
        }
    }
}
