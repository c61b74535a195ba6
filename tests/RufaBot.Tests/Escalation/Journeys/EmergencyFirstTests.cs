using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Escalation.Sla;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.MyConcerns;

namespace RufaBot.Tests.Escalation.Journeys;

/// <summary>
/// "Yes" to immediate danger reaches a person at once: the emergency tier's focal point gets the card before the
/// reporter answers another question, a reporter who stops there leaves a concern that is tracked like any other, and
/// one who goes on completes that same concern.
/// </summary>
public sealed class EmergencyFirstTests : EscalationBot
{
    [Theory]
    [InlineData("yes")]
    [InlineData("unsure")]
    public async Task DangerNow_AlertsTheEmergencyFocalPoint_BeforeTheNextQuestion(string danger)
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        await t.Send(danger);
        if (danger == "unsure")
            (await t.Send("yes")).AssertReply("I have alerted the emergency focal point now");
        else
            t.AssertReply("I have alerted the emergency focal point now");
        t.AssertReply("Contact your UN security focal point or UNDSS now").AssertReply("Can you write about this safely");

        var concern = await SingleConcernAsync();
        Assert.Equal(EscalationTier.B0, concern.Tier);
        Assert.Contains(concern.Events, e => e.Kind == ConcernEventKind.EmergencyAlerted);
        t.AssertReply(concern.Reference);
        await DrainOutboxAsync();
        var alert = Assert.Single(Connector.ActivitiesTo("a:chat-" + Security).Select(a => a.ToJsonString()), a => a.Contains(concern.Reference, StringComparison.Ordinal));
        Assert.DoesNotContain("Alex", alert);
    }

    [Fact]
    public async Task AReporterWhoStopsAfterTheAlert_LeavesATrackedConcern()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        await t.Send("yes");
        // Stopping is not "nothing was kept": the alert stays, and the reporter is told so.
        (await t.Send("cancel")).AssertReply("The emergency alert you raised stays").AssertNoReplyContains("discarded");
        (await t.Send("yes")).AssertReply("The emergency alert you raised stays").AssertNoReplyContains("Nothing was kept");

        var concern = await SingleConcernAsync();
        Assert.Equal(ConcernStatus.Submitted, concern.Status);
        Assert.Equal(EscalationTier.B0, concern.Tier);
        // On the emergency ladder: a person must respond within the B0 deadline, then backup, then the next tier.
        var deadline = App.Services.GetRequiredService<SlaDeadlines>().Evaluate(concern);
        Assert.Equal(SlaMilestone.EmergencyResponse, deadline?.Milestone);
    }

    [Fact]
    public async Task AReporterWhoGoesOn_CompletesTheSameConcern()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        await t.Send("yes");
        foreach (var answer in IntakeScript.ToConsent[1..])
            await t.Send(answer);
        await t.Send("anonymous");
        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "submit" });

        var concern = await SingleConcernAsync();
        Assert.Contains("burned houses", concern.Description);
        Assert.Contains(concern.Events, e => e.Kind == ConcernEventKind.DetailsCompleted);
        Assert.Equal(EscalationTier.B0, concern.Tier);
    }

    [Fact]
    public async Task DangerLater_IsNotAnEmergencyAlert()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        await t.Send("unsure");
        (await t.Send("no")).AssertReply("Can you write about this safely").AssertNoReplyContains("alerted");

        await using var db = NewContext();
        Assert.Empty(await db.Concerns.ToListAsync());
    }

    private async Task<Concern> SingleConcernAsync()
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events).AsNoTracking().SingleAsync();
    }
}
