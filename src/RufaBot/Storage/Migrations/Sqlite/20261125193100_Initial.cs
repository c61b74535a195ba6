using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RufaBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RiskFactors = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Danger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SituationStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    When = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WhenApproximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Place = table.Column<string>(type: "TEXT", nullable: true),
                    AffectedCount = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Perpetrators = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Corroboration = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SourcesAtRisk = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AlreadyReported = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Attachments = table.Column<string>(type: "TEXT", nullable: false),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReferredTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConcernEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernEvents_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReporterLinks",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    AadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    DutyStation = table.Column<string>(type: "TEXT", nullable: true),
                    Attachments = table.Column<string>(type: "TEXT", nullable: false),
                    Conversation = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReporterLinks", x => x.ConcernId);
                    table.ForeignKey(
                        name: "FK_ReporterLinks_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernEvents_ConcernId",
                table: "ConcernEvents",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Reference",
                table: "Concerns",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Status",
                table: "Concerns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_SubmissionKey",
                table: "Concerns",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReporterLinks_ReporterKey",
                table: "ReporterLinks",
                column: "ReporterKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConcernEvents");

            migrationBuilder.DropTable(
                name: "ReporterLinks");

            migrationBuilder.DropTable(
                name: "Concerns");
        }
    }
}
