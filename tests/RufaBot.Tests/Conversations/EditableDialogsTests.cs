using System.Text.Json.Nodes;
using RufaBot.Dialogs;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Conversations;

/// <summary>
/// Dialogs are data: a copy of the repository's dialogs/ folder, edited as a human-rights officer would, changes what
/// the bot asks after a restart; a broken file stops start-up with a message naming file, JSON path and reason.
/// </summary>
public sealed class EditableDialogsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rufabot-dialogs-" + Guid.NewGuid().ToString("N"));

    public EditableDialogsTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("dialogs"), "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, Path.GetRelativePath(RepoPaths.Combine("dialogs"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private RufaBotApp App() => new(new Dictionary<string, string?> { ["Conversations:DialogsFolder"] = _folder });

    [Fact]
    public async Task EditedQuestionAndAddedChoice_ChangeTheBot_WithoutCodeChange()
    {
        var strings = Path.Combine(_folder, "strings", "en.json");
        var en = JsonNode.Parse(File.ReadAllText(strings))!.AsObject();
        en["feedback.topic"] = "Which part of RufaBot is this about?";
        en["feedback.topic.security"] = "Security advice";
        File.WriteAllText(strings, en.ToJsonString());
        // A new choice needs its text in every language the folder ships, or the loader refuses it.
        foreach (var (language, text) in new[] { ("fr", "Conseils de sécurité"), ("es", "Consejos de seguridad"),
                     ("ar", "إرشادات الأمان"), ("zh", "安全建议"), ("ru", "Советы по безопасности") })
        {
            var path = Path.Combine(_folder, "strings", language + ".json");
            var table = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            table["feedback.topic.security"] = text;
            File.WriteAllText(path, table.ToJsonString());
        }
        var dialogPath = Path.Combine(_folder, "sample-feedback.dialog.json");
        var dialog = JsonNode.Parse(File.ReadAllText(dialogPath))!.AsObject();
        dialog["steps"]!.AsArray().First(s => (string?)s!["id"] == "topic")!["choices"]!.AsArray()
            .Add(new JsonObject { ["id"] = "security", ["text"] = "feedback.topic.security" });
        File.WriteAllText(dialogPath, dialog.ToJsonString());

        await using var app = App();
        await using var connector = await FakeConnector.StartAsync();
        using var bot = app.CreateBotClient();
        var t = new Transcript(bot, connector);

        (await t.Send("feedback")).AssertReply("Which part of RufaBot is this about?").AssertReply("Security advice");
        (await t.Send("security advice")).AssertReply("What worked well?");
    }

    [Fact]
    public async Task BrokenDialogFile_StopsStartUp_NamingFilePathAndReason()
    {
        var dialogPath = Path.Combine(_folder, "sample-feedback.dialog.json");
        var dialog = JsonNode.Parse(File.ReadAllText(dialogPath))!.AsObject();
        dialog["steps"]!.AsArray().First(s => (string?)s!["id"] == "checkTopic")!["cases"]![0]!["goto"] = "nowhere";
        File.WriteAllText(dialogPath, dialog.ToJsonString());

        var error = await StartupFailure.ErrorOfAsync(new Dictionary<string, string?> { ["Conversations:DialogsFolder"] = _folder });

        var validation = FindValidationError(error);
        Assert.Contains("sample-feedback.dialog.json", validation.Message);
        Assert.Contains("goto", validation.Message);
        Assert.Contains("nowhere", validation.Message);
    }

    [Fact]
    public async Task MalformedJson_StopsStartUp_NamingTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "sample-contact.dialog.json"), "{ \"id\": \"sample-contact\", ");

        var error = await StartupFailure.ErrorOfAsync(new Dictionary<string, string?> { ["Conversations:DialogsFolder"] = _folder });

        Assert.Contains("sample-contact.dialog.json", FindValidationError(error).Message);
    }

    private static FlowValidationException FindValidationError(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
            if (e is FlowValidationException validation)
                return validation;
        if (error is AggregateException aggregate && aggregate.Flatten().InnerExceptions.OfType<FlowValidationException>().FirstOrDefault() is { } found)
            return found;
        throw new Xunit.Sdk.XunitException("Start-up failed without a FlowValidationException: " + error);
    }
}
