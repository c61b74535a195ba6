using System.Text.Json.Nodes;
using RufaBot.Cli;
using RufaBot.Commands;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Manifest;

/// <summary>
/// Every command in the Teams menu has a handler: each title, sent through the real bot in each scope it is offered
/// in (with the @mention Teams adds in shared scopes), gets a different answer than words the bot does not know,
/// which get the list of capabilities.
/// </summary>
public sealed class CommandHandlerTests : RunningBot
{
    // "help" is meant to answer with that same list, so it has a test of its own below.
    private const string Help = "help";

    public static TheoryData<string, string> CommandsInTheirScopes()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in BotCommands.All.Where(c => c.Title != Help))
            foreach (var (scope, name) in ManifestCommandLists.Scopes.Where(s => command.Scopes.HasFlag(s.Scope)))
                data.Add(command.Title, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsInTheirScopes))]
    public async Task Command_IsHandled_NotAnsweredWithTheFallback(string title, string scope)
    {
        var fallback = await SayAsync("zebra", scope);
        var answer = await SayAsync(title, scope);

        Assert.NotEmpty(answer);
        Assert.NotEqual(fallback, answer);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    [InlineData("groupChat")]
    public async Task Help_ListsWhatTheBotCanDo_InEveryScope(string scope)
    {
        Assert.Contains(BotCommands.All, c => c.Title == Help && c.Scopes == BotCommands.Scope.Everywhere);

        Assert.Equal(await SayAsync("zebra", scope), await SayAsync(Help, scope));
    }

    [Fact]
    public async Task Help_DuringAQuestion_HelpsWithThatQuestion()
    {
        var capabilities = await SayAsync(Help, "personal");
        var t = new Transcript(Bot, Connector);
        (await t.Send("feedback")).AssertReply("What is your feedback about?");

        await t.Send(Help);
        Assert.NotEqual(capabilities, Said(t));
        t.AssertReply("What is your feedback about?");
    }

    /// <summary>What the bot says to <paramref name="text"/> in a new conversation of the scope, ids left out.</summary>
    private async Task<string> SayAsync(string text, string scope)
    {
        var t = new Transcript(Bot, Connector);
        if (scope == "personal")
        {
            await t.Send(text);
            return Said(t);
        }
        const string mention = "<at>RufaBot</at>";
        await t.Post(new JsonObject
        {
            ["text"] = $"{mention} {text}",
            ["conversation"] = new JsonObject
            {
                ["id"] = t.ConversationId,
                ["conversationType"] = scope == "team" ? "channel" : "groupChat",
                ["isGroup"] = true,
                ["tenantId"] = "tenant-1",
            },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = mention,
                ["mentioned"] = new JsonObject { ["id"] = "28:rufabot", ["name"] = "RufaBot" },
            }),
        });
        return Said(t);
    }

    private static string Said(Transcript t) => string.Join("\n", t.LastReplies
        .Where(r => (string?)r["type"] == "message")
        .Select(r => $"{r["text"]}{r["attachments"]?.ToJsonString()}"));
}
