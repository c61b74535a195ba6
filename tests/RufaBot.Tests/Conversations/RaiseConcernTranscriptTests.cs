using System.Text.Json.Nodes;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Conversations;

/// <summary>The intake through the real host: safety first, the summary, a stored concern with a reference.</summary>
public sealed class RaiseConcernTranscriptTests : RunningBot
{
    private static readonly string[] Answers =
    [
        "no", "yes",
        "Armed men burned houses in two villages and told the families who stayed that they would be next.",
        "attacks on civilians, displacement", "ongoing", "last week", "Mali", "Mopti region", "11–100", "women, children",
        "militia", "a witness told me", "several", "no", "nobody", "UNDP", "Bamako", "skip",
    ];

    private async Task<Transcript> ToConsent(Transcript t)
    {
        (await t.Send("raise a concern")).AssertReply("immediate danger");
        foreach (var answer in Answers)
            await t.Send(answer);
        return t;
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("confidential")]
    [InlineData("named")]
    public async Task FullIntake_EachConsentMode_IsStoredWithAReference(string consent)
    {
        var t = await ToConsent(new Transcript(Bot, Connector));
        await t.Send(consent);
        Assert.Equal("summary", (string?)t.LastCard()["actions"]![0]!["data"]!["step"]);

        (await t.Answer("summary", "submit")).AssertReply("Your concern has been recorded with the reference HR-");

        var text = t.LastReplies.Select(r => (string?)r["text"]).Last(x => x is not null)!;
        Assert.Matches("HR-[0-9A-Z]{4}-[0-9A-Z]{4}", text);
        (await t.Send("raise a concern")).AssertReply("immediate danger");
    }

    [Fact]
    public async Task DangerYes_ShowsEmergencyGuidanceFirst_WithTheConfiguredContacts()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        (await t.Send("yes")).AssertReply("Get yourself and others to safety").AssertReply("UNDSS number on your security ID card");
        t.AssertNoReplyContains("{emergencyContacts}");
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
    }
}
