namespace BotProtocol.Tests.Hosting;

public sealed class MentionsTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = "message",
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "RufaBot" },
        Entities = [.. entities],
    };

    private static Entity Mention(string id, string name, string? text) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };

    [Fact]
    public void RemoveBotMentions_RemovesEntityText()
    {
        var activity = Message("<at>RufaBot</at> what are my responsibilities?", Mention("28:bot", "RufaBot", "<at>RufaBot</at>"));
        Assert.Equal("what are my responsibilities?", Mentions.RemoveBotMentions(activity));
    }

    [Fact]
    public void RemoveBotMentions_KeepsOtherPeoplesMentions()
    {
        var activity = Message("<at>RufaBot</at> ask <at>Alex</at>",
            Mention("28:bot", "RufaBot", "<at>RufaBot</at>"), Mention("29:alex", "Alex", "<at>Alex</at>"));
        Assert.Equal("ask <at>Alex</at>", Mentions.RemoveBotMentions(activity));
    }

    [Fact]
    public void RemoveBotMentions_NullEntityText_FallsBackToName()
    {
        var activity = Message("<at>Rufa &amp; Bot</at> help", Mention("28:bot", "Rufa & Bot", null));
        Assert.Equal("help", Mentions.RemoveBotMentions(activity));
    }

    [Fact]
    public void RemoveBotMentions_IdentityComesFromEntitiesNotText()
    {
        // Someone typed the bot's name as text; without a mention entity nothing is removed.
        var activity = Message("<at>RufaBot</at> hello");
        Assert.Equal("<at>RufaBot</at> hello", Mentions.RemoveBotMentions(activity));
    }

    [Fact]
    public void RemoveBotMentions_MentionTypeIsCaseInsensitive()
    {
        var mention = Mention("28:bot", "RufaBot", "<at>RufaBot</at>");
        mention.Type = "Mention";
        Assert.Equal("hi", Mentions.RemoveBotMentions(Message("hi <at>RufaBot</at>", mention)));
    }
}
