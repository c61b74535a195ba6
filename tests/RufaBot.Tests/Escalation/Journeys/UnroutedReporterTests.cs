using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.MyConcerns;

namespace RufaBot.Tests.Escalation.Journeys;

/// <summary>
/// What a reporter is told when RufaBot cannot pass their concern on: no route for it, no emergency route, or no
/// identity Teams vouches for. Never that a focal point has it, never that anyone was alerted.
/// </summary>
public sealed class UnroutedReporterTests : EscalationBot
{
    // No routing at all: a fresh deployment before anyone configured it.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    [Fact]
    public async Task WithNoEmergencyRoute_TheReporterIsToldNobodyWasAlerted_AndReadinessIsDegraded()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");

        (await t.Send("yes")).AssertReply("Nobody has been alerted").AssertReply("Contact your UN security focal point or UNDSS now")
            .AssertNoReplyContains("I have alerted");

        var readiness = JsonNode.Parse(await Bot.GetStringAsync("/readyz"))!;
        Assert.Equal("Degraded", (string?)readiness["dependencies"]!["emergency-route"]!["status"]);
    }

    [Fact]
    public async Task WithNoRoute_TheReporterIsNotToldAFocalPointHasIt()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        foreach (var answer in IntakeScript.ToConsent)
            await t.Send(answer);
        await t.Send("anonymous");

        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "submit" });

        var card = Assert.Single(Connector.UpdatesIn(t.ConversationId), u => u.Activity.ToJsonString().Contains("Concern submitted", StringComparison.Ordinal)).Activity.ToJsonString();
        Assert.Contains("nobody has been told automatically", card);
        Assert.DoesNotContain("It has gone to the focal points", card);
    }

    [Fact]
    public async Task FromTeamsWithoutAnObjectId_NobodyIsAlerted_AndTheReporterIsToldSo()
    {
        var t = new Transcript(Bot, Connector);
        var stranger = new JsonObject { ["id"] = "29:someone", ["name"] = "Someone" };
        await t.Post(new JsonObject { ["text"] = "raise a concern", ["from"] = stranger });

        (await t.Post(new JsonObject { ["text"] = "yes", ["from"] = stranger.DeepClone() })).AssertReply("I could not alert anyone automatically");

        await using var db = NewContext();
        Assert.Empty(await db.Concerns.ToListAsync());
    }
}
