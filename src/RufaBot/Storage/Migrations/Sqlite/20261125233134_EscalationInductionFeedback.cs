using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RufaBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EscalationInductionFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedRole",
                table: "Concerns",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CloseRequestedBy",
                table: "Concerns",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Implicated",
                table: "Concerns",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RoutingKey",
                table: "Concerns",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnswerFeedback",
                columns: table => new
                {
                    AnswerId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerFeedback", x => new { x.AnswerId, x.UserKey });
                });

            migrationBuilder.CreateTable(
                name: "ConcernDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernDecisions_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernParticipants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    ChannelServiceUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ChannelConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ChannelTenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Assigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Conflicted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernParticipants_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FocalPointRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScopeKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FocalPointRegistrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InductionCompletions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DraftKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Correct = table.Column<int>(type: "INTEGER", nullable: false),
                    Questions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InductionCompletions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientAadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientServiceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientTenantId = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Replaces = table.Column<Guid>(type: "TEXT", nullable: true),
                    CopyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    DeliveredActivityId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    LastFailure = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReachAddresses",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 420, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConversationType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReachAddresses", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "SlaTimers",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Milestone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextStepAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Steps = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaTimers", x => x.ConcernId);
                    table.ForeignKey(
                        name: "FK_SlaTimers_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDecisions_ConcernId",
                table: "ConcernDecisions",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernParticipants_ConcernId",
                table: "ConcernParticipants",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernParticipants_Key",
                table: "ConcernParticipants",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_FocalPointRegistrations_Tier_Scope_ScopeKey_AadObjectId",
                table: "FocalPointRegistrations",
                columns: new[] { "Tier", "Scope", "ScopeKey", "AadObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InductionCompletions_EntityKey",
                table: "InductionCompletions",
                column: "EntityKey");

            migrationBuilder.CreateIndex(
                name: "IX_InductionCompletions_UserId_DraftKey",
                table: "InductionCompletions",
                columns: new[] { "UserId", "DraftKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ConcernId",
                table: "OutboxMessages",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DeliveredAt_DueAt",
                table: "OutboxMessages",
                columns: new[] { "DeliveredAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RecipientKey_CopyKey",
                table: "OutboxMessages",
                columns: new[] { "RecipientKey", "CopyKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RecipientKey_Sequence",
                table: "OutboxMessages",
                columns: new[] { "RecipientKey", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ReachAddresses_TeamId",
                table: "ReachAddresses",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ReachAddresses_TenantId",
                table: "ReachAddresses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaTimers_NextStepAt",
                table: "SlaTimers",
                column: "NextStepAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerFeedback");

            migrationBuilder.DropTable(
                name: "ConcernDecisions");

            migrationBuilder.DropTable(
                name: "ConcernParticipants");

            migrationBuilder.DropTable(
                name: "FocalPointRegistrations");

            migrationBuilder.DropTable(
                name: "InductionCompletions");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ReachAddresses");

            migrationBuilder.DropTable(
                name: "SlaTimers");

            migrationBuilder.DropColumn(
                name: "AssignedRole",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "CloseRequestedBy",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "Implicated",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "RoutingKey",
                table: "Concerns");
        }
    }
}
