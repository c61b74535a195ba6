using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Welcome;

/// <summary>
/// The welcome when RufaBot is added: a card with a title whose buttons send their words as a message (imBack), all
/// five in a private chat, only those that work there in a group chat or channel, one of them the primary action;
/// text with suggested actions off Teams.
/// </summary>
public sealed class WelcomeCardTests : RunningBot
{
    [Fact]
    public async Task PersonalWelcome_IsACard_WithFiveButtonsThatSendTheirWords()
    {
        var card = await WelcomeCardAsync("personal-conversationUpdate-membersAdded-user-and-bot");

        Assert.Equal(("Welcome to RufaBot", "Bolder"), ((string?)card["body"]![0]!["text"], (string?)card["body"]![0]!["weight"]));
        Assert.StartsWith("Hello, I am RufaBot.", (string?)card["body"]![1]!["text"]);
        Assert.Equal(
            [("Raise a concern", "raise a concern"), ("My concerns", "my concerns"), ("My responsibilities", "my responsibilities"), ("Induction", "induction"), ("Help", "help")],
            Buttons(card));
        // Plain data every client posts (the Agents Playground refuses msteams.imBack), read by the bot as the words.
        Assert.All(ButtonReply.Buttons(card), a => Assert.Equal(("Action.Submit", "say", null), ((string?)a["type"], (string?)a["data"]!["rufa"], a["data"]!["msteams"])));
        CardDump.Write("welcome-personal", card);
    }

    [Fact]
    public async Task PersonalWelcome_HasOnePrimaryAction_RaiseAConcern_AloneAboveTheOthers()
    {
        var card = await WelcomeCardAsync("personal-conversationUpdate-membersAdded-user-and-bot");

        var primary = Assert.Single(ButtonReply.Buttons(card), b => (string?)b["style"] == "positive");
        Assert.Equal("Raise a concern", (string?)primary["title"]);
        // Alone in the first row; the four others come after it, in rows of their own, with no style.
        var rows = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "ActionSet").Select(b => b!["actions"]!.AsArray()).ToList();
        Assert.Equal("Raise a concern", (string?)Assert.Single(rows[0])!["title"]);
        Assert.All(rows.Skip(1).SelectMany(r => r), b => Assert.Null(b!["style"]));
        Assert.Equal(4, rows.Skip(1).Sum(r => r.Count));
    }

    [Theory]
    [InlineData("groupChat-conversationUpdate-membersAdded-bot")]
    [InlineData("channel-conversationUpdate-teamMemberAdded-membersAdded-bot")]
    public async Task SharedWelcome_SaysConcernsArePrivate_AndOffersOnlyWhatWorksThere(string payload)
    {
        var card = await WelcomeCardAsync(payload);

        Assert.Contains(card["body"]!.AsArray(), b => ((string?)b!["text"])!.Contains("To raise a concern, talk to me in a private chat"));
        Assert.Equal([("My responsibilities", "my responsibilities"), ("Help", "help")], Buttons(card));
        // First, the way to the private chat: a Teams deep link to a chat with the bot itself, the one primary action.
        var open = ButtonReply.Buttons(card).First();
        Assert.Equal(("Action.OpenUrl", "Open a private chat with RufaBot"), ((string?)open["type"], (string?)open["title"]));
        Assert.Equal(open, Assert.Single(ButtonReply.Buttons(card), b => (string?)b["style"] == "positive"));
        Assert.StartsWith("https://teams.microsoft.com/l/chat/0/0?users=28%3A", (string?)open["url"]);
        CardDump.Write("welcome-" + payload.Split('-')[0], card);
    }

    [Fact]
    public async Task FrenchWelcome_IsInFrench()
    {
        var card = await WelcomeCardAsync("personal-conversationUpdate-membersAdded-user-and-bot", "fr-FR");
        Assert.Equal("Bienvenue dans RufaBot", (string?)card["body"]![0]!["text"]);
        Assert.StartsWith("Bonjour, je suis RufaBot.", (string?)card["body"]![1]!["text"]);
        Assert.Contains(("Signaler une préoccupation", "signaler une préoccupation"), Buttons(card));
        Assert.Contains(("Mes responsabilités", "mes responsabilités"), Buttons(card));
        CardDump.Write("welcome-personal-fr", card);
    }

    [Theory]
    [InlineData("raise a concern", "immediate danger")]
    [InlineData("my responsibilities", "Human Rights up Front depends on all staff members")]
    [InlineData("induction", "Welcome to RufaBot's introduction to Human Rights up Front")]
    [InlineData("help", "Here is what I can do")]
    [InlineData("signaler une préoccupation", "danger immédiat")]
    [InlineData("mes responsabilités", "Le succès de l'initiative « Les droits de l'homme avant tout » dépend")]
    public async Task EachButtonsWords_AreRoutedByTheRealBot(string say, string expected)
    {
        var card = await WelcomeCardAsync("personal-conversationUpdate-membersAdded-user-and-bot", say.Contains('é') ? "fr-FR" : "en-US");
        Assert.Contains(say, Buttons(card).Select(b => b.Say));

        var t = new Transcript(Bot, Connector, locale: say.Contains('é') ? "fr-FR" : "en-US");
        (await t.Send(say)).AssertReply(expected);
    }

    [Fact]
    public async Task AButtonPostedAsItsDataWithoutText_AsTheAgentsPlaygroundDoes_IsReadAsItsWords()
    {
        var card = await WelcomeCardAsync("personal-conversationUpdate-membersAdded-user-and-bot");
        var data = ButtonReply.Buttons(card).Single(b => (string?)b["title"] == "My responsibilities")["data"]!.DeepClone().AsObject();

        var t = new Transcript(Bot, Connector);
        (await t.Submit(data)).AssertReply("Human Rights up Front depends on all staff members");
    }

    [Fact]
    public async Task OffTeams_TheWelcomeIsText_WithTheCapabilities_AndSuggestedActions()
    {
        var added = Payloads.Load("personal-conversationUpdate-membersAdded-user-and-bot", Connector.ServiceUrl, conversationId: "webchat-" + Guid.NewGuid());
        added["channelId"] = "webchat";
        (await Bot.PostAsJsonAsync("/api/messages", added)).EnsureSuccessStatusCode();

        var welcome = Assert.Single(await Connector.WaitForAsync(1));
        var activity = JsonNode.Parse(welcome.Body)!.AsObject();
        Assert.StartsWith("Hello, I am RufaBot.", (string?)activity["text"]);
        Assert.Contains("Here is what I can do", (string?)activity["text"]);
        Assert.Null(activity["attachments"]);
        Assert.Equal(["raise a concern", "my concerns", "my responsibilities", "induction", "help"],
            activity["suggestedActions"]!["actions"]!.AsArray().Select(a => (string?)a!["value"]));
    }

    private async Task<JsonObject> WelcomeCardAsync(string payload, string? locale = null)
    {
        var conversation = "welcome-" + Guid.NewGuid();
        var added = Payloads.Load(payload, Connector.ServiceUrl, conversationId: conversation);
        if (locale is not null)
            added["locale"] = locale;
        (await Bot.PostAsJsonAsync("/api/messages", added)).EnsureSuccessStatusCode();
        await Connector.WaitForAsync(1);
        var welcome = Assert.Single(Connector.ActivitiesTo(conversation));
        // The chat list shows the title rather than "Sent a card".
        Assert.Equal((string?)welcome["attachments"]![0]!["content"]!["body"]![0]!["text"], (string?)welcome["summary"]);
        var attachment = Assert.Single(welcome["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        return attachment["content"]!.AsObject();
    }

    private static List<(string Title, string Say)> Buttons(JsonObject card) =>
        [.. ButtonReply.Buttons(card).Where(a => (string?)a["type"] == "Action.Submit").Select(a => ((string)a["title"]!, (string)a["data"]!["say"]!))];
}
