using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Concerns;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.MyConcerns;

/// <summary>"My concerns" through the real host: the list, one concern, adding information, and what is refused.</summary>
public sealed class MyConcernsTests : RunningBot
{
    private StoredConcerns Stored => new(App.Services);

    private Transcript Teams(string locale = "en-US") => new(Bot, Connector, locale: locale);

    private static JsonObject Action(string verb, string? reference = null, string? information = null)
    {
        var value = new JsonObject { ["rufa"] = "myConcerns", ["verb"] = verb };
        if (reference is not null) value["reference"] = reference;
        if (information is not null) value["information"] = information;
        return value;
    }

    [Fact]
    public async Task List_ShowsOnlyTheReportersOwn_WithStatusInPlainLanguage_AndAnOpenButtonEach()
    {
        var mine = await Stored.SubmitAsync();
        var acknowledged = await Stored.SubmitAsync(consent: "anonymous");
        await Stored.ActAsync(acknowledged, (c, fp, at) => c.Acknowledge(fp, at));
        var theirs = await Stored.SubmitAsync(StoredConcerns.SomeoneElse);
        var t = Teams();

        (await t.Send("my concerns")).AssertReply(mine).AssertReply(acknowledged).AssertReply("A focal point is handling it").AssertNoReplyContains(theirs);

        var opens = t.LastCard()["body"]!.AsArray().Where(n => (string?)n!["type"] == "ColumnSet")
            .Select(row => row!["columns"]![1]!["items"]![0]!["actions"]![0]!["data"]!).ToList();
        Assert.Equal([acknowledged, mine], opens.Select(d => (string?)d["reference"]));
        Assert.All(opens, d => Assert.Equal(["rufa", "verb", "reference"], d!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public async Task List_WhenThereIsNone_SaysHowToRaiseOne()
    {
        (await Teams().Send("my concerns")).AssertReply("You have not raised any concern").AssertReply("raise a concern");
    }

    [Fact]
    public async Task Open_ShowsStatusDatesCategoriesAndTimeline_NotTheFocalPointsDeliberations()
    {
        var reference = await Stored.SubmitAsync();
        await Stored.ActAsync(reference, (c, fp, at) =>
        {
            c.Acknowledge(fp, at);
            c.Escalate(EscalationTier.B2, "Internal: the entity FP thinks the source is unreliable", fp, at);
        });
        var t = Teams();

        (await t.Send($"open {reference.ToLowerInvariant()}")).AssertReply($"Concern {reference}")
            .AssertReply("Passed to a more senior level for review").AssertReply("Killings").AssertReply("a focal point took it up")
            .AssertReply("it was passed to a more senior level").AssertNoReplyContains("unreliable").AssertNoReplyContains("Internal");
        t.AssertCardInput("information", "Input.Text");
    }

    [Fact]
    public async Task Open_APendingQuestion_IsShownToTheReporter()
    {
        var reference = await Stored.SubmitAsync();
        await Stored.ActAsync(reference, (c, fp, at) => { c.Acknowledge(fp, at); c.RequestInformation("Which village exactly?", fp, at); });

        (await Teams().Submit(Action("open", reference))).AssertReply("A focal point asks you: Which village exactly?");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SomeoneElsesReference_TypedOrForged_ShowsNothingOfIt_AndChangesNothing(bool forged)
    {
        var theirs = await Stored.SubmitAsync(StoredConcerns.SomeoneElse);
        var t = Teams();

        if (forged)
        {
            (await t.Submit(Action("open", theirs))).AssertReply("I found no concern of yours");
            (await t.Submit(Action("add", theirs, "Planted text"))).AssertReply("I found no concern of yours");
        }
        else
        {
            (await t.Send($"open {theirs}")).AssertReply("I found no concern of yours");
            (await t.Send($"add information {theirs} Planted text")).AssertReply("I found no concern of yours");
        }

        foreach (var reply in Connector.ActivitiesTo(t.ConversationId))
            foreach (var leak in new[] { theirs, "Killings", "Kalemie", "Received" })
                Assert.DoesNotContain(leak, reply.ToJsonString());
        Assert.Equal([ConcernEventKind.Submitted], await Stored.TrailAsync(theirs));
    }

    [Fact]
    public async Task ForgedCard_WithAMalformedReference_IsNotFound_AndEchoesNothing()
    {
        (await Teams().Submit(Action("open", "<b>HR-' OR 1=1"))).AssertReply("I found no concern of yours").AssertNoReplyContains("OR 1=1");
    }

    [Fact]
    public async Task AddInformation_FromTheCard_JoinsTheRecordAndTrail_AndShowsTheUpdatedConcern()
    {
        var reference = await Stored.SubmitAsync();
        await Stored.ActAsync(reference, (c, fp, at) => { c.Acknowledge(fp, at); c.RequestInformation("Which village?", fp, at); });
        var t = Teams();
        await t.Submit(Action("open", reference));

        (await t.SubmitFromLastCard(Action("add", reference, "  Kabimba, near the *river*.  "))).AssertReply($"Your information was added to concern {reference}")
            .AssertReply("you added information: Kabimba, near the \\*river\\*.").AssertReply("A focal point is handling it");

        Assert.Equal(
            [ConcernEventKind.Submitted, ConcernEventKind.Acknowledged, ConcernEventKind.InformationRequested, ConcernEventKind.InformationAdded],
            await Stored.TrailAsync(reference));
        var view = await Stored.Service.GetForReporterAsync(reference, StoredConcerns.Reporter, CancellationToken.None);
        Assert.Equal("Kabimba, near the *river*.", view!.Updates[^1].Text);
    }

    [Fact]
    public async Task AddInformation_Typed_OnATextChannel_IsAddedInOneMessage()
    {
        var reference = await Stored.SubmitAsync(StoredConcerns.WebChatReporter);
        var t = new Transcript(Bot, Connector, channelId: "webchat");

        (await t.Send($"open {reference}")).AssertReply("add information " + reference);
        Assert.Contains(t.LastReplies[^1]["suggestedActions"]!["actions"]!.AsArray(), a => (string?)a!["value"] == "My concerns");
        (await t.Send($"add information {reference}: Two more families left yesterday.")).AssertReply("Your information was added")
            .AssertReply("you added information: Two more families left yesterday.");
        Assert.Equal([ConcernEventKind.Submitted, ConcernEventKind.InformationAdded], await Stored.TrailAsync(reference));
    }

    [Fact]
    public async Task AddInformation_Overlong_IsRefusedWithTheLimit_AndTheTextComesBackInTheBox()
    {
        var reference = await Stored.SubmitAsync();
        var text = "The militia came back. " + new string('x', Concern.MaxTextLength);
        var t = Teams();

        await t.Submit(Action("add", reference, text));

        t.AssertReply("the limit is 4,000").AssertReply("Nothing was added");
        Assert.Equal(text, (string?)t.AssertCardInput("information", "Input.Text")["value"]);
        Assert.Equal([ConcernEventKind.Submitted], await Stored.TrailAsync(reference));
    }

    [Fact]
    public async Task AddInformation_OverlongBeyondWhatACardCarries_SaysWhereTheTextStillIs()
    {
        var reference = await Stored.SubmitAsync();
        var t = Teams();

        // Cards are measured as sent (UTF-8, letters unescaped): 16,000 'é' are 32 KB, beyond what a card carries.
        (await t.Submit(Action("add", reference, new string('é', Concern.MaxTextLength * 4)))).AssertReply("the limit is 4,000").AssertReply("still in the box of the card where you typed it");

        Assert.Null(t.AssertCardInput("information", "Input.Text")["value"]);
        Assert.True(System.Text.Encoding.Unicode.GetByteCount(t.LastCard().ToJsonString()) <= 24 * 1024);
        Assert.Equal([ConcernEventKind.Submitted], await Stored.TrailAsync(reference));
    }

    [Fact]
    public async Task AddInformation_Overlong_OnATextChannel_IsRefusedWithTheLimit()
    {
        var reference = await Stored.SubmitAsync(StoredConcerns.WebChatReporter);
        var t = new Transcript(Bot, Connector, channelId: "webchat");

        (await t.Send($"add information {reference} {new string('y', Concern.MaxTextLength + 1)}")).AssertReply("the limit is 4,000").AssertReply("Nothing was added");
        Assert.Equal([ConcernEventKind.Submitted], await Stored.TrailAsync(reference));
    }

    [Fact]
    public async Task AddInformation_Empty_AsksForTheText_AndAddsNothing()
    {
        var reference = await Stored.SubmitAsync();

        (await Teams().Submit(Action("add", reference, "   "))).AssertReply("There is no text to add yet");
        Assert.Equal([ConcernEventKind.Submitted], await Stored.TrailAsync(reference));
    }

    [Fact]
    public async Task ClosedConcern_CannotTakeMoreInformation_AndSaysWhatToDoInstead()
    {
        var reference = await Stored.SubmitAsync();
        await Stored.ActAsync(reference, (c, fp, at) => c.Close("advice given", fp, at));
        var t = Teams();

        (await t.Submit(Action("open", reference))).AssertReply("Closed").AssertReply("cannot take more information").AssertReply("raise a new concern");
        Assert.DoesNotContain(t.LastCard()["body"]!.AsArray(), n => (string?)n!["type"] == "Input.Text");
        (await t.Submit(Action("add", reference, "One more thing"))).AssertReply("cannot take more information");
        (await t.Send($"add information {reference} One more thing")).AssertReply("cannot take more information");
        Assert.Equal([ConcernEventKind.Submitted, ConcernEventKind.Closed], await Stored.TrailAsync(reference));
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task InASharedConversation_NothingIsListed_AndThe1To1ChatIsSuggested(string conversationType)
    {
        var reference = await Stored.SubmitAsync();
        var t = Teams();
        foreach (var fields in new[] { new JsonObject { ["text"] = "my concerns" }, new JsonObject { ["text"] = $"open {reference}" }, new JsonObject { ["value"] = Action("open", reference) } })
        {
            var message = t.Activity(fields);
            message["conversation"]!["conversationType"] = conversationType;
            (await Bot.PostAsJsonAsync("/api/messages", message)).EnsureSuccessStatusCode();
            await t.Collect();
            t.AssertReply("only in a private (1:1) chat").AssertNoReplyContains(reference).AssertNoReplyContains("Received");
        }
    }

    [Fact]
    public async Task InFrench_TheWordsAndTheCardsAreFrench()
    {
        var reference = await Stored.SubmitAsync();
        var t = Teams("fr-FR");

        (await t.Send("mes préoccupations")).AssertReply("Mes préoccupations").AssertReply("Reçue, en attente");
        (await t.Send($"ouvrir {reference}")).AssertReply($"Préoccupation {reference}").AssertReply("Ajouter des informations");
    }

    [Fact]
    public async Task DuringAnIntake_MyConcernsPausesIt_AndOffersToCarryOn()
    {
        var t = Teams();
        await t.Send("raise a concern");

        (await t.Send("my concerns")).AssertReply("You have not raised any concern").AssertReply("Shall we continue");
        (await t.Send("yes")).AssertReply("immediate danger");
    }

    [Fact]
    public async Task TextChannel_ListsAsText_WithAnOpenSuggestionPerConcern()
    {
        var reference = await Stored.SubmitAsync(StoredConcerns.WebChatReporter);
        var t = new Transcript(Bot, Connector, channelId: "webchat");

        (await t.Send("My Concerns")).AssertReply($"{reference}: Received, waiting for a focal point");
        Assert.Null(t.LastReplies[^1]["attachments"]);
        Assert.Contains(t.LastReplies[^1]["suggestedActions"]!["actions"]!.AsArray(), a => (string?)a!["value"] == $"open {reference}");
        (await t.Send($"open {reference}")).AssertReply("you raised the concern");
    }
}
