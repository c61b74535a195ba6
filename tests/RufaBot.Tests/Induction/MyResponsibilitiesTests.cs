using System.Text.Json.Nodes;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Induction;

/// <summary>"my responsibilities": an answer card with its sources from the knowledge base, then what to do next.</summary>
public sealed class MyResponsibilitiesTests : RunningBot
{
    [Fact]
    public async Task Overview_CitesItsSources_AsksWasThisHelpful_AndOffersTheInduction()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("What are my responsibilities?");

        var card = Card(t.LastReplies[0]);
        var texts = card["body"]!.AsArray().Select(b => (string?)b!["text"]).ToList();
        Assert.Contains("Human Rights up Front depends on all staff members making its objectives their own", texts[0]);
        Assert.Contains("(RufaBot's guidance, not UN policy) [3]", texts[0]);
        for (var n = 1; n <= 6; n++)
            Assert.Contains($"[{n}]", texts[0]);
        Assert.Contains("[1] SG letter to heads of entities (6 Apr 2015), para 4", texts);
        Assert.Contains("[2] Commitment statement (21 Nov 2013), pledge 1", texts);
        Assert.Contains("[5] Detailed Action Plan (March 2014), item 2.3", texts);
        Assert.Contains("[6] Detailed Action Plan (March 2014), item 2.1", texts);
        Assert.Contains("Was this helpful?", texts);
        Assert.Equal("feedback", (string?)card["actions"]![0]!["data"]!["rufa"]);

        var next = Card(t.LastReplies[1]);
        Assert.Contains("say \"induction\" for RufaBot's short introduction to Human Rights up Front", (string?)next["body"]![0]!["text"]);
        Assert.Equal("induction", (string?)next["actions"]![0]!["data"]!["say"]);
        CardDump.Write("responsibilities-en", card);
        CardDump.Write("responsibilities-next-en", next);

        // The card's own feedback button is accepted like any answer's.
        (await t.Submit(card["actions"]![0]!["data"]!.DeepClone().AsObject())).AssertReply("Thank you, glad it helped.");
    }

    [Fact]
    public async Task InFrench_TheOverviewIsFrench()
    {
        var t = new Transcript(Bot, Connector, locale: "fr-FR");
        (await t.Send("mes responsabilités")).AssertReply("Le succès de l'initiative « Les droits de l'homme avant tout » dépend de ce que tout le personnel fasse siens ses objectifs").AssertReply("Cette réponse vous a-t-elle aidé ?");
        CardDump.Write("responsibilities-fr", Card(t.LastReplies[0]));
    }

    [Fact]
    public async Task InAGroupChat_TheOverviewIsShown_AndThePrivateChatIsSuggestedForTheInduction()
    {
        var t = new Transcript(Bot, Connector);
        await t.Post(new JsonObject
        {
            ["text"] = "my responsibilities",
            ["conversation"] = new JsonObject { ["id"] = t.ConversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = "tenant-1" },
        });
        t.AssertReply("Human Rights up Front depends on all staff members").AssertReply("open a private chat with me for RufaBot's introduction");
    }

    [Fact]
    public async Task OffTeams_TheOverviewIsText_WithTheSourcesListed()
    {
        var t = new Transcript(Bot, Connector, channelId: "webchat");
        await t.Send("my responsibilities");
        var text = (string)t.LastReplies[0]["text"]!;
        Assert.Contains("[3] RufaBot guidance, what to do if you learn of a serious violation", text);
    }

    private static JsonObject Card(JsonObject reply) => reply["attachments"]![0]!["content"]!.AsObject();
}
