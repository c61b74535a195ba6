using System.Text.Json;
using RufaBot.Cli;
using BotProtocol;

namespace RufaBot.Tests.Cli;

/// <summary>What chat mode does with messages the bot sends on its own, e.g. a card to a focal point.</summary>
public sealed class ChatConnectorTests
{
    private readonly StringWriter _output = new();
    private readonly ChatDirectory _directory = new(["Rita Adviser"]);
    private readonly ChatScreen _screen;
    private readonly ChatConnector _connector;

    public ChatConnectorTests()
    {
        _screen = new ChatScreen(_output, _directory) { Current = _directory.Named("Alex") };
        _connector = new ChatConnector(_screen, _directory);
    }

    [Fact]
    public async Task AConversationTheBotOpens_IsThatPersonsChat_WhichAsCanSwitchTo()
    {
        var focal = new ChannelAccount { Id = "29:focal-1", Name = "Sam Focal", AadObjectId = "5d1e0c3a-0000-4000-8000-000000000001" };
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"New concern RB-7"}],"actions":[{"type":"Action.Execute","title":"Acknowledge","verb":"ack"}]}""").RootElement;

        var created = await _connector.CreateConversationAsync(ChatActivities.ServiceUrl, new ConversationParameters { Members = [focal] });
        var sent = await _connector.SendToConversationAsync(ChatActivities.ServiceUrl, created.Id!, Replies.Card(card));

        Assert.Contains("RufaBot to Sam Focal: New concern RB-7\n  /1 Acknowledge", _output.ToString().Replace("\r\n", "\n"));
        Assert.Contains("/as Sam Focal to answer it", _output.ToString());
        var sam = _directory.Named("sam focal");
        Assert.Equal((focal.Id, focal.AadObjectId, created.Id), (sam.Id, sam.AadObjectId, sam.ConversationId));
        Assert.Equal(sent.Id, _screen.CardIn(sam.ConversationId)!.ActivityId);
        Assert.Null(_screen.CardIn(_directory.Named("Alex").ConversationId));
    }

    [Fact]
    public async Task AChatOpenedByObjectIdAlone_GoesToTheKnownPersonWithThatId_UnderTheirName()
    {
        // The outbox opens a focal point's chat with their Entra object id as the member id, and no name.
        var rita = _directory.Named("Rita Adviser");

        var created = await _connector.CreateConversationAsync(ChatActivities.ServiceUrl,
            new ConversationParameters { Members = [new ChannelAccount { Id = rita.AadObjectId }], Activity = Replies.Text("Concern HR-1") });

        Assert.Equal(rita.ConversationId, created.Id);
        Assert.Contains("RufaBot to Rita Adviser: Concern HR-1", _output.ToString());
        Assert.DoesNotContain(rita.AadObjectId, _output.ToString());
    }

    [Fact]
    public async Task UpdatesAndDeletes_AreShown_AndAReplacedCardKeepsItsButtons()
    {
        var alex = _directory.Named("Alex");
        var first = await _connector.SendToConversationAsync(ChatActivities.ServiceUrl, alex.ConversationId, Replies.Text("Working on it"));
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Done"}],"actions":[{"type":"Action.Submit","title":"OK"}]}""").RootElement;

        await _connector.UpdateActivityAsync(ChatActivities.ServiceUrl, alex.ConversationId, first.Id!, Replies.Card(card));
        Assert.Contains("RufaBot (changes an earlier message): Done", _output.ToString());
        Assert.Equal(first.Id, _screen.CardIn(alex.ConversationId)!.ActivityId);

        await _connector.DeleteActivityAsync(ChatActivities.ServiceUrl, alex.ConversationId, first.Id!);
        Assert.Contains("RufaBot deleted one of its earlier messages.", _output.ToString());
        Assert.Null(_screen.CardIn(alex.ConversationId));
    }
}
