using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using RufaBot.Testing;
using RufaBot.Turns;

namespace RufaBot.Tests.Cards;

/// <summary>
/// The summary of the raise-concern intake as Teams shows it (an Adaptive Card with an Edit button per answer) and as
/// other channels show it (a numbered list). Prompts come from the real engine and dialogs. Every card is also written to
/// <c>RUFABOT_CARD_DUMP</c> (summary-*.json), where CI renders it with the official Adaptive Cards renderer.
/// </summary>
public sealed class SummaryCardTests
{
    private static readonly FlowCatalog Catalog = FlowLoader.Load(RepoPaths.Combine("dialogs"));
    private static readonly DateTimeOffset Now = new(2025, 3, 19, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[] Hostile = ["[x](https://evil)", "![i](https://evil/a.png)", "**bold**", "<b>"];

    [Fact]
    public async Task HostileAnswers_AreEscaped_SoNothingTheUserTypedBecomesALinkImageOrFormatting()
    {
        var what = "They said " + string.Join(" and ", Hostile) + " near the market.";
        var card = Render(Summary(("what", what), ("place", "**bold** <b>town</b>"), ("dutyStation", "[x](https://evil)")));
        await Dump(card, "hostile");

        var texts = TextBlocks(card).ToList();
        Assert.Contains(CardText.Escape(what), texts);
        Assert.Contains(CardText.Escape("**bold** <b>town</b>"), texts);
        foreach (var hostile in Hostile)
            Assert.DoesNotContain(texts, t => t.Contains(hostile, StringComparison.Ordinal));
        // No unescaped link or image syntax and no auto-linked URL is left.
        Assert.DoesNotContain(texts, t => Regex.IsMatch(t, @"(?<!\\)\]\(") || t.Contains("://", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DateTemplatesBidiAndZeroWidthCharacters_InAnswers_AreNeutralised()
    {
        var card = Render(Summary(
            ("what", "They came at {{DATE(2017-02-14T06:08:39Z,SHORT)}} and \u202Eno\u202C one s\u200Baw it."),
            ("place", "Mopti \u2066centre\u2069\uFEFF"),
            ("dutyStation", "Bamako {{TIME(2017-02-14T06:08:39Z)}}")));
        await Dump(card, "invisible");

        var texts = TextBlocks(card).ToList();
        Assert.All(texts, t => Fuzzing.CardChecks.AssertNoTemplateOrInvisible(t, "summary card"));
        Assert.Contains("They came at { {DATE(2017-02-14T06:08:39Z,SHORT)}} and no one saw it.", texts);
        Assert.Contains("Mopti centre", texts);
        Assert.Contains("Bamako { {TIME(2017-02-14T06:08:39Z)}}", texts);
    }

    [Fact]
    public async Task ACard_HasAnEditButtonPerAnswer_SubmitFirst_AndCancel()
    {
        var prompt = Summary();
        var card = Render(prompt);
        await Dump(card, "typical");

        Assert.Equal("1.5", (string?)card["version"]);
        var edits = Actions(card["body"]!).ToList();
        Assert.Equal(prompt.Items.Select(i => "edit:" + i.StepId), edits.Select(a => (string?)a["data"]!["summary"]));
        Assert.Equal(prompt.Items.Select(i => "Edit: " + i.Label), edits.Select(a => (string?)a["title"]));
        Assert.All(edits, a => Assert.Equal("summary", (string?)a["data"]!["step"]));

        var actions = card["actions"]!.AsArray();
        Assert.Equal("Submit", (string?)actions[0]!["title"]);
        Assert.Equal("positive", (string?)actions[0]!["style"]);
        Assert.Equal(JsonNode.Parse("""{"rufa":"answer","step":"summary","summary":"submit"}""")!.ToJsonString(), actions[0]!["data"]!.ToJsonString());
        Assert.Contains(actions, a => (string?)a!["data"]!["command"] == "Cancel");
        Assert.Contains(actions, a => (string?)a!["data"]!["command"] == "Back");
    }

    [Theory]
    [InlineData("en", "Add more details")]
    [InlineData("fr", "Ajouter des précisions")]
    public async Task TheEssentialsSummary_OffersMoreDetails_AfterSubmit_AsAPlainButton(string locale, string title)
    {
        var prompt = Summary(locale, withDetails: false);
        var card = Render(prompt, locale);
        await Dump(card, "essentials-" + locale);

        Assert.Equal(["danger", "what", "country", "when", "groups", "consent"], prompt.Items.Select(i => i.StepId));
        var actions = card["actions"]!.AsArray();
        Assert.Equal("submit", (string?)actions[0]!["data"]!["summary"]);
        Assert.Equal(title, (string?)actions[1]!["title"]);
        Assert.Null(actions[1]!["style"]);
        Assert.Equal(JsonNode.Parse("""{"rufa":"answer","step":"summary","summary":"more"}""")!.ToJsonString(), actions[1]!["data"]!.ToJsonString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void EveryAction_HasAnAccessibleNameOfItsOwn_AndSubmitIsTheOnePositiveAction(string locale)
    {
        var card = Render(Summary(locale), locale);

        // A button's title is what a screen reader announces: eighteen buttons all called "Edit" cannot be told apart.
        var all = Actions(card["body"]!).Concat(card["actions"]!.AsArray().Select(a => a!.AsObject())).ToList();
        var names = all.Select(a => (string?)a["title"]).ToList();
        Assert.True(names.Count > 10, string.Join(" | ", names));
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var positive = Assert.Single(all, a => (string?)a["style"] == "positive");
        Assert.Same(card["actions"]![0], positive);
        Assert.Equal("submit", (string?)positive["data"]!["summary"]);
    }

    [Fact]
    public async Task TheLongestAnswers_KeepTheCardUnder28KB_AndSayTheFullTextIsKept()
    {
        var prompt = Summary(("what", string.Concat(Enumerable.Repeat("*[", 2000))), ("place", new string('<', 200)), ("dutyStation", new string('_', 100)));
        Assert.Equal(4000, prompt.Items.Single(i => i.StepId == "what").Answer.Length);

        var card = Render(prompt);
        await Dump(card, "longest");

        Assert.True(SummaryCard.SizeOf(card) <= 28 * 1024, $"{SummaryCard.SizeOf(card)} bytes");
        var texts = TextBlocks(card).ToList();
        Assert.Contains(texts, t => t.EndsWith('…') && t.StartsWith(@"\*\[", StringComparison.Ordinal));
        Assert.Contains("Long answers are shortened here; your full text is kept.", texts);
        Assert.DoesNotContain("shortened", Render(Summary()).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InFrench_TheCardSpeaksFrench()
    {
        var card = Render(Summary(locale: "fr"), "fr");
        await Dump(card, "fr");

        Assert.Contains("Danger immédiat", TextBlocks(card));
        Assert.Contains("Votre identité", TextBlocks(card));
        Assert.Equal("Modifier : Danger immédiat", (string?)Actions(card["body"]!).First()["title"]);
        Assert.Equal("Envoyer", (string?)card["actions"]![0]!["title"]);
    }

    [Fact]
    public void OnOtherChannels_TheSummaryIsANumberedList_WithSubmitAndCancelSuggested()
    {
        var prompt = Summary(("what", new string('w', 1000)));
        var reply = Replies().Render(prompt, "webchat", "en-US");

        Assert.Null(reply.Attachments);
        Assert.Contains("1. Immediate danger: No", reply.Text);
        Assert.Contains("2. What happened: " + new string('w', 300) + "…", reply.Text);
        Assert.Contains("Long answers are shortened here", reply.Text);
        Assert.Contains("edit 2", reply.Text);
        var suggested = reply.SuggestedActions!.Actions!.Select(a => a.Title).ToList();
        Assert.Equal("Submit", suggested[0]);
        Assert.Contains("Cancel", suggested);
    }

    [Fact]
    public void EmergencyGuidance_WithNoContactsFilledIn_NeverShowsThePlaceholder()
    {
        var guidance = new FlowRunner(Catalog).Begin("raise-concern", "en", Now);
        var messages = new FlowRunner(Catalog).Continue(guidance.State, UserInput.FromText("yes"), "en", Now).Messages;

        var text = Replies().Render(messages[0], "msteams", "en-US").Text!;
        Assert.Contains("UNDSS", text);
        Assert.DoesNotContain("{", text);
        Assert.DoesNotContain("\n\n\n", text);
    }

    private static FlowReplies Replies() => new(new PromptCards(Catalog, TimeProvider.System), Catalog);

    private static JsonObject Render(Prompt prompt, string locale = "en") => new PromptCards(Catalog, TimeProvider.System).Render(prompt, locale);

    // The real intake, answered with ordinary values (or the ones given), up to its summary.
    private static Prompt Summary(params (string Step, string Answer)[] answers) => Summary("en", answers);

    // The summary with every question answered: the essentials, then the more details it offered.
    private static Prompt Summary(string locale, params (string Step, string Answer)[] answers) => Summary(locale, withDetails: true, answers);

    private static Prompt Summary(string locale, bool withDetails, params (string Step, string Answer)[] answers)
    {
        var typical = new Dictionary<string, string>
        {
            ["danger"] = "no", ["safeToTalk"] = "yes", ["what"] = "Armed men burned houses in two villages last night.",
            ["categories"] = "1, 6", ["status"] = "1", ["when"] = "yesterday", ["country"] = "ML", ["place"] = "Mopti",
            ["affectedCount"] = "3", ["groups"] = "1, 2", ["perpetrators"] = "4", ["source"] = "3", ["sourceConsent"] = "2", ["implicated"] = "1", ["corroboration"] = "3",
            ["sourcesAtRisk"] = "2", ["alreadyReported"] = "5", ["entity"] = "1", ["dutyStation"] = "Bamako",
            ["attachments"] = "skip", ["consent"] = "3",
        };
        foreach (var (step, answer) in answers)
            typical[step] = answer;

        var runner = new FlowRunner(Catalog);
        var result = runner.Begin("raise-concern", locale, Now);
        var more = withDetails;
        for (var i = 0; i < 30 && result.Prompt is { } prompt && (prompt.Kind != PromptKind.Summary || more); i++)
        {
            var say = prompt.Kind == PromptKind.Summary ? FlowRunner.MoreValue : typical[prompt.StepId];
            more &= prompt.Kind != PromptKind.Summary;
            result = runner.Continue(result.State, UserInput.FromText(say), locale, Now);
        }
        return result.Prompt is { Kind: PromptKind.Summary, Error: null } summary ? summary : throw new InvalidOperationException(
            "The intake did not reach its summary: " + string.Join(" | ", result.Messages.Select(m => m.ToPlainText())));
    }

    private static IEnumerable<string> TextBlocks(JsonNode node) => Walk(node)
        .Where(n => (string?)n["type"] == "TextBlock").Select(n => (string)n["text"]!);

    private static IEnumerable<JsonObject> Actions(JsonNode body) => Walk(body)
        .Where(n => (string?)n["type"] == "ActionSet").SelectMany(n => n["actions"]!.AsArray().Select(a => a!.AsObject()));

    private static IEnumerable<JsonObject> Walk(JsonNode node)
    {
        if (node is JsonObject o)
        {
            yield return o;
            foreach (var (_, child) in o)
                if (child is not null)
                    foreach (var inner in Walk(child))
                        yield return inner;
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a.OfType<JsonNode>())
                foreach (var inner in Walk(child))
                    yield return inner;
        }
    }

    private static async Task Dump(JsonObject card, string name)
    {
        var folder = Environment.GetEnvironmentVariable("RUFABOT_CARD_DUMP") is { Length: > 0 } dump ? dump : Path.Combine(Path.GetTempPath(), "rufabot-cards");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, $"summary-{name}.json"), card.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
