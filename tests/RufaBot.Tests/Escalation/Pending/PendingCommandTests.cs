using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Pending;

/// <summary>"pending" for focal points: their open concerns at their tier, soonest due first, each openable as its card.</summary>
public sealed class PendingCommandTests : EscalationBot
{
    [Fact]
    public async Task Pending_ListsOnlyWhatWaitsForThisFocalPoint_SoonestDueFirst_AndOpensACard()
    {
        var mild = await SubmitAsync(change: Mild);        // S1-S3: acknowledge within a business day
        var critical = await SubmitAsync();                 // S4: within 4 hours
        var escalated = await SubmitAsync(change: Mild);
        await PressAsync(Fp1, "escalate", escalated, ("escalateReason", "country"));

        await DrainOutboxAsync();
        var list = await SayAsync(Fp2, "pending");

        var text = list.ToJsonString();
        Assert.Contains("Concerns waiting for your action: 2", text);
        Assert.True(text.IndexOf(critical.Reference, StringComparison.Ordinal) < text.IndexOf(mild.Reference, StringComparison.Ordinal), text);
        Assert.DoesNotContain(escalated.Reference, text);
        Assert.DoesNotContain(RufaBot.Tests.Concerns.IntakeAnswers.Narrative, text);

        var open = await SayAsync(Fp2, null, new JsonObject { ["rufa"] = "openConcern", ["concern"] = critical.Id.ToString("D") });
        var card = open["attachments"]![0]!["content"]!.AsObject();
        Assert.Contains(critical.Reference, card.ToJsonString());
        Assert.Contains("acknowledge", Verbs(card));
    }

    [Fact]
    public async Task Pending_ForSomeoneWithNothing_SaysSoAndWhatHappensNext()
    {
        await SubmitAsync();
        await DrainOutboxAsync();

        var reply = await SayAsync(Adviser, "pending");

        Assert.Contains("Nothing is waiting for your action", reply.ToJsonString());
    }

    private async Task<JsonObject> SayAsync(string aad, string? text, JsonObject? value = null)
    {
        var t = new Transcript(Bot, Connector);
        var activity = t.Activity(value is null ? new JsonObject { ["text"] = text } : new JsonObject { ["value"] = value });
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await t.Collect();
        return Assert.Single(t.LastReplies);
    }
}
