using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RufaBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EarlyWarning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefsSent",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefsSent", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionSent = table.Column<int>(type: "INTEGER", nullable: false),
                    CloseSent = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Pending = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Off = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.ConcernId);
                    table.ForeignKey(
                        name: "FK_CheckIns_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernRelations",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelatedConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernRelations", x => new { x.ConcernId, x.RelatedConcernId });
                    table.ForeignKey(
                        name: "FK_ConcernRelations_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernRelations_Concerns_RelatedConcernId",
                        column: x => x.RelatedConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatternAlerts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConcernCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RiskFactors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstAlertedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AlertedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatternAlerts", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernRelations_RelatedConcernId",
                table: "ConcernRelations",
                column: "RelatedConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_PatternAlerts_CountryCode",
                table: "PatternAlerts",
                column: "CountryCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefsSent");

            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "ConcernRelations");

            migrationBuilder.DropTable(
                name: "PatternAlerts");
        }
    }
}
