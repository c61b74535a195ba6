using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RufaBot.Storage.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceConsent",
                table: "Concerns",
                type: "TEXT",
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
