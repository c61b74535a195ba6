using System.Text.RegularExpressions;
using RufaBot.Concerns.Reporters;
using System.Text.Json.Nodes;
using RufaBot.Concerns.Intake;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.MyConcerns;

namespace RufaBot.Tests.Conversations;

/// <summary>The intake through the real host: safety first, the summary, a stored concern with a reference.</summary>
public sealed class RaiseConcernTranscriptTests : RunningBot
{
    private async Task<Transcript> ToConsent(Transcript t)
    {
        (await t.Send("raise a concern")).AssertReply("immediate danger");
        foreach (var answer in IntakeScript.ToConsent)
            await t.Send(answer);
        return t;
    }

    [Theory]
    [InlineData("anonymous", "Anonymous")]
    [InlineData("confidential", "Confidential")]
    [InlineData("named", "Named")]
    public async Task FullIntake_EachConsentMode_StoresOneRecord_ReplacesTheSummary_AndMyConcernsListsIt(string consent, string stored)
    {
        var t = new Transcript(Bot, Connector);
        (await t.Send("hi")).AssertReply("Here is what I can do");
        await ToConsent(t);
        (await t.Send(consent)).AssertReply("Add more details");
        (await t.Send(IntakeScript.AddMoreDetails)).AssertReply("More details: question 1 of 12");
        foreach (var answer in IntakeScript.Details)
            await t.Send(answer);
        Assert.Equal("summary", (string?)t.LastCard()["actions"]![0]!["data"]!["step"]);
        var summaryId = Connector.LastCardIdIn(t.ConversationId);

        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "submit" });

        // Exactly one durable record, in the consent chosen.
        var concerns = new StoredConcerns(App.Services);
        var concern = await concerns.SingleAsync();
        Assert.Equal(Enum.Parse<ConsentMode>(stored), concern.Consent);
        Assert.Matches("^HR-[0-9A-Z]{4}-[0-9A-Z]{4}$", concern.Reference);
        // The summary card, in place, became the short submitted card: the reference, no detail of the report.
        var (updatedId, update) = Assert.Single(Connector.UpdatesIn(t.ConversationId), u => u.ActivityId == summaryId);
        Assert.Equal(summaryId, updatedId);
        var card = update["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains(concern.Reference, card);
        Assert.Contains("Concern submitted", card);
        foreach (var detail in new[] { "Armed men", "burned houses", "Mopti", "UNDP", "Bamako", "militia" })
            Assert.DoesNotContain(detail, card, StringComparison.OrdinalIgnoreCase);
        t.AssertNoReplyContains("Your concern has been recorded");

        (await t.Send("my concerns")).AssertReply("My concerns").AssertReply(concern.Reference).AssertReply("Received, waiting for a focal point");
        (await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "open", ["reference"] = concern.Reference }))
            .AssertReply($"Concern {concern.Reference}").AssertReply("you raised the concern").AssertReply("Attacks on civilians");
        Assert.Equal(1, await concerns.CountAsync());
        (await t.Send("raise a concern")).AssertReply("immediate danger");
    }

    [Fact]
    public async Task FullIntake_InAnotherChannel_ConfirmsInText_WithTheReference()
    {
        var t = await ToConsent(new Transcript(Bot, Connector, channelId: "webchat"));
        await t.Send("anonymous");
        (await t.Send("submit")).AssertReply("Your concern has been recorded with the reference HR-");
        Assert.Empty(Connector.UpdatesIn(t.ConversationId));
        Assert.Equal(1, await new StoredConcerns(App.Services).CountAsync());
    }

    [Fact]
    public async Task NoLink_InAnotherChannel_GivesAPassphraseOnce_AndTheFollowUpWorksByTypingIt()
    {
        var t = new Transcript(Bot, Connector, channelId: "webchat");
        (await t.Send("raise a concern")).AssertReply("immediate danger");
        (await t.Send(IntakeScript.ToConsent[0])).AssertReply("write about this safely");
        // The note about the link comes before the first free text, with the configured time of the automatic cut.
        (await t.Send(IntakeScript.ToConsent[1])).AssertReply("Anonymous with no link").AssertReply("cut 30 days after the concern is closed");
        foreach (var answer in IntakeScript.ToConsent[2..])
            await t.Send(answer);
        await t.Send("unlinked");
        var submitted = string.Join("\n", (await t.Send("submit")).AssertReply("Your passphrase: **").LastReplies.Select(r => (string?)r["text"]));
        var reference = Regex.Match(submitted, "HR-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
        var passphrase = Regex.Match(submitted, "[0-9a-z]{5}-[0-9a-z]{5}-[0-9a-z]{5}-[0-9a-z]{5}").Value;

        (await t.Send("my concerns")).AssertNoReplyContains(reference);
        (await t.Send($"follow up {reference} {passphrase}")).AssertReply($"Concern {reference}").AssertReply("Received, waiting for a focal point");
        (await t.Send($"follow up {reference} {passphrase} The soldiers came back this morning.")).AssertReply("Your information was added");
        (await t.Send($"follow up {reference} {FollowUpPassphrase.New()}")).AssertReply("do not match");
    }

    [Fact]
    public async Task SubmitTyped_InTeams_HasNoCardToReplace_AndSendsTheSubmittedCard()
    {
        var t = await ToConsent(new Transcript(Bot, Connector));
        await t.Send("named");
        (await t.Send("submit")).AssertReply("Concern submitted").AssertReply("HR-");
        Assert.DoesNotContain(Connector.UpdatesIn(t.ConversationId), u => u.Activity.ToJsonString().Contains("Concern submitted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DangerYes_ShowsEmergencyGuidanceFirst_WithTheConfiguredContacts()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        (await t.Send("yes")).AssertReply("Get yourself and others to safety").AssertReply("UNDSS number on your security ID card");
        t.AssertNoReplyContains("{emergencyContacts}");
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task HelpInASharedConversation_ListsOnlyWhatWorksThere_WithTheWayToThePrivateChat(string conversationType)
    {
        var t = new Transcript(Bot, Connector);
        var message = t.Activity(new JsonObject { ["text"] = "help" });
        message["conversation"]!["conversationType"] = conversationType;
        (await Bot.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(message))).EnsureSuccessStatusCode();
        await t.Collect();

        t.AssertReply("in this shared conversation").AssertReply("talk to me in a private chat")
            .AssertReply("https://teams.microsoft.com/l/chat/0/0?users=28%3Arufabot").AssertNoReplyContains("Raise a concern");
        // In the private chat, the full list.
        (await t.Send("help")).AssertReply("Raise a concern").AssertNoReplyContains("shared conversation");
    }

    [Fact]
    public async Task InAGroupChat_TheBotAsksForAPrivateChat()
    {
        var t = new Transcript(Bot, Connector);
        var message = t.Activity(new JsonObject { ["text"] = "raise a concern" });
        message["conversation"]!["conversationType"] = "groupChat";
        (await Bot.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(message))).EnsureSuccessStatusCode();
        await t.Collect();
        t.AssertReply("private chat");
        t.AssertNoReplyContains("immediate danger");
        // With a button that opens the private chat with the bot (its id is the message's recipient).
        t.AssertReply("https://teams.microsoft.com/l/chat/0/0?users=28%3Arufabot");
    }
}
