using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Actions;

/// <summary>The reporter answers a focal point's question from the question card; the answer reaches the focal points' cards.</summary>
public sealed class ReporterAnswerTests : EscalationBot
{
    [Fact]
    public async Task AnswerFromTheQuestionCard_IsAddedAndShownOnTheFocalPointsCards()
    {
        var concern = await SubmitAsync(ConsentMode.Anonymous, Mild);
        await PressAsync(Fp1, "acknowledge", concern);
        await PressAsync(Fp1, "askReporter", await LoadAsync(concern.Id), ("question", "Which village?"));
        await DrainOutboxAsync();
        var question = Connector.ActivitiesTo(ReporterChat).Last(a => a["attachments"] is not null)["attachments"]![0]!["content"]!;
        var data = Descendants(question).Single(n => (string?)n["type"] == "Action.Submit")["data"]!.DeepClone().AsObject();
        data["answer"] = "Kabalo, north of the river";

        var reply = await ReporterSaysAsync(new JsonObject { ["value"] = data });

        Assert.Contains("Your answer was added to concern " + concern.Reference, reply);
        var stored = await LoadAsync(concern.Id);
        Assert.Equal(ConcernStatus.Acknowledged, stored.Status);
        Assert.Equal("Kabalo, north of the river", stored.Events.Last(e => e.Kind == ConcernEventKind.InformationAdded).Note);
        await DrainOutboxAsync();
        var fpCopies = Connector.ActivitiesTo("a:chat-" + Fp1);
        Assert.Contains("Kabalo, north of the river", fpCopies[^1].ToJsonString());
    }

    [Fact]
    public async Task AnswerForSomeoneElsesConcern_IsNotAdded()
    {
        var concern = await SubmitAsync(change: Mild);
        var before = await SnapshotAsync(concern.Id);

        var reply = await ReporterSaysAsync(new JsonObject { ["value"] = new JsonObject { ["rufa"] = "reporterAnswer", ["reference"] = concern.Reference, ["answer"] = "hijack" } },
            aad: "00000000-0000-0000-0000-00000000beef");

        Assert.Contains("could not find that concern among yours", reply);
        Assert.Equal(before, await SnapshotAsync(concern.Id));
    }

    [Fact]
    public async Task EmptyAnswer_AsksForTextAndAddsNothing()
    {
        var concern = await SubmitAsync(change: Mild);
        var before = await SnapshotAsync(concern.Id);

        var reply = await ReporterSaysAsync(new JsonObject { ["value"] = new JsonObject { ["rufa"] = "reporterAnswer", ["reference"] = concern.Reference, ["answer"] = "  " } });

        Assert.Contains("Please write your answer", reply);
        Assert.Equal(before, await SnapshotAsync(concern.Id));
    }

    private async Task<string> ReporterSaysAsync(JsonObject fields, string aad = ReporterAad)
    {
        var t = new Transcript(Bot, Connector);
        var activity = t.Activity(fields);
        activity["from"] = new JsonObject { ["id"] = "29:reporter", ["aadObjectId"] = aad };
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await t.Collect();
        return string.Join("\n", t.LastReplies.Select(r => r.ToJsonString()));
    }
}
