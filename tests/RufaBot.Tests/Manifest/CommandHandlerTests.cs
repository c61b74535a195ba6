using System.Text.Json.Nodes;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Manifest;

/// <summary>
/// Every command in the packed manifest has a handler: each title, sent through the real bot in each scope its list
/// is for (with the @mention Teams adds in shared scopes), gets a different answer than words the bot does not know,
/// which get the list of capabilities.
/// </summary>
public sealed class CommandHandlerTests : RunningBot
{
    // "help" is meant to answer with that same list, so it has tests of its own below.
    private const string Help = "help";

    public static TheoryData<string, string> CommandsInTheManifest() => ManifestCommands(title => title != Help);

    public static TheoryData<string, string> HelpInTheManifest() => ManifestCommands(title => title == Help);

    [Theory]
    [MemberData(nameof(CommandsInTheManifest))]
    public async Task Command_IsHandled_NotAnsweredWithTheFallback(string title, string scope)
    {
        var fallback = await SayAsync("zebra", scope);
        var answer = await SayAsync(title, scope);

        Assert.NotEmpty(answer);
        Assert.NotEqual(fallback, answer);
    }

    /// <summary>A command's translated title (manifest/&lt;lang&gt;.json) is what Teams sends in that language: the bot must know it.</summary>
    [Theory]
    [MemberData(nameof(TranslatedCommands))]
    public async Task TranslatedCommand_IsHandled_InItsLanguage(string title, string scope, string language)
    {
        var fallback = await SayAsync("zebra", scope, language);
        var answer = await SayAsync(title, scope, language);

        Assert.NotEmpty(answer);
        Assert.NotEqual(fallback, answer);
    }

    [Theory]
    [MemberData(nameof(HelpInTheManifest))]
    public async Task Help_ListsWhatTheBotCanDo(string title, string scope) =>
        Assert.Equal(await SayAsync("zebra", scope), await SayAsync(title, scope));

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

    /// <summary>(title, scope) for each command of each list in the package pack-manifest writes.</summary>
    private static TheoryData<string, string> ManifestCommands(Func<string, bool> which)
    {
        using var app = new PackedApp();
        // Test data is built synchronously; packing only touches local files.
        app.PackAsync().GetAwaiter().GetResult();
        var data = new TheoryData<string, string>();
        foreach (var list in app.Manifest()["bots"]![0]!["commandLists"]!.AsArray())
            foreach (var scope in list!["scopes"]!.AsArray())
                foreach (var command in list["commands"]!.AsArray().Select(c => (string)c!["title"]!).Where(which))
                    data.Add(command, (string)scope!);
        return data;
    }

    /// <summary>(title, scope, language) for each translated command other than help, from the packed translations.</summary>
    public static TheoryData<string, string, string> TranslatedCommands()
    {
        using var app = new PackedApp();
        app.PackAsync().GetAwaiter().GetResult();
        var manifest = app.Manifest();
        var data = new TheoryData<string, string, string>();
        foreach (var language in manifest["localizationInfo"]!["additionalLanguages"]!.AsArray())
        {
            var translation = JsonNode.Parse(app.Entry((string)language!["file"]!))!.AsObject();
            var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
            for (var i = 0; i < lists.Count; i++)
                for (var j = 0; j < lists[i]!["commands"]!.AsArray().Count; j++)
                    if ((string?)lists[i]!["commands"]![j]!["title"] != Help)
                        foreach (var scope in lists[i]!["scopes"]!.AsArray())
                            data.Add((string)translation[$"bots[0].commandLists[{i}].commands[{j}].title"]!, (string)scope!, (string)language["languageTag"]!);
        }
        return data;
    }

    /// <summary>What the bot says to <paramref name="text"/> in a new conversation of the scope, ids left out.</summary>
    private async Task<string> SayAsync(string text, string scope, string locale = "en-US")
    {
        var t = new Transcript(Bot, Connector, locale: locale);
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
