using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.Storage;

namespace RufaBot.Tests.MyConcerns;

/// <summary>The database goes away while the reporter is in the chat: nothing is lost, nothing is stored twice.</summary>
public sealed class SubmitOutageTranscriptTests : RunningBot
{
    private readonly DatabaseOutage _outage = new() { Down = false };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(_outage);

    private static JsonObject Submit => new() { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "submit" };

    [Fact]
    public async Task SubmitDuringAnOutage_KeepsTheDraftAtTheSummary_AndTheRetryStoresExactlyOnce()
    {
        var t = new Transcript(Bot, Connector);
        (await t.Send("raise a concern")).AssertReply("immediate danger");
        foreach (var answer in IntakeScript.ToConsent)
            await t.Send(answer);
        await t.Send("confidential");
        var summaryId = Connector.LastCardIdIn(t.ConversationId);

        _outage.Down = true;
        (await t.SubmitFromLastCard(Submit)).AssertReply("nothing is lost").AssertReply("press Submit again");
        Assert.DoesNotContain(Connector.UpdatesIn(t.ConversationId), u => u.ActivityId == summaryId);
        (await t.SubmitFromLastCard(Submit)).AssertReply("nothing is lost");

        _outage.Down = false;
        Assert.Equal(0, await new StoredConcerns(App.Services).CountAsync());
        // The same summary card, pressed again: the draft waited there.
        await t.Post(new JsonObject { ["value"] = Submit, ["replyToId"] = summaryId });
        var (updatedId, update) = Assert.Single(Connector.UpdatesIn(t.ConversationId), u => u.ActivityId == summaryId);
        Assert.Equal(summaryId, updatedId);
        Assert.Contains("Concern submitted", update.ToJsonString());
        Assert.Equal(1, await new StoredConcerns(App.Services).CountAsync());

        // A further press of the old card stores nothing more.
        (await t.Post(new JsonObject { ["value"] = Submit, ["replyToId"] = summaryId })).AssertReply("There is nothing waiting for an answer");
        Assert.Equal(1, await new StoredConcerns(App.Services).CountAsync());
    }

    [Fact]
    public async Task MyConcernsDuringAnOutage_SaysSoPlainly_AndTheTypedTextIsNotTakenAsAdded()
    {
        var reference = await new StoredConcerns(App.Services).SubmitAsync();
        var t = new Transcript(Bot, Connector);
        _outage.Down = true;

        (await t.Send("my concerns")).AssertReply("I cannot reach the concern records just now");
        (await t.Send($"add information {reference} More news")).AssertReply("Nothing was changed").AssertNoReplyContains("was added");

        _outage.Down = false;
        Assert.Equal([RufaBot.Concerns.ConcernEventKind.Submitted], await new StoredConcerns(App.Services).TrailAsync(reference));
    }
}
