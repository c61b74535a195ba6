using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Tests.Knowledge;

public sealed class AnswerCardsTests
{
    [Fact]
    public async Task Card_HasLeadSourcesAndFeedbackButtons()
    {
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync("Is the human rights induction mandatory?", null, CancellationToken.None);
        var card = AnswerCards.Build(answer, KnowledgeTestServices.Texts);

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var texts = Visible(card);
        Assert.Equal("**All staff are to take the mandatory induction** (summary of the document)", texts[0]);
        Assert.Contains("[1] Detailed Action Plan (March 2014), item 2.3", texts);
        Assert.Equal("Was this helpful?", texts[^1]);
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Yes", "No"], actions.Select(a => (string?)a!["title"]));
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        Assert.Equal($$"""{"rufa":"feedback","answerId":"{{answer.Id}}","helpful":true}""", actions[0]!["data"]!.ToJsonString());
        Assert.Equal($$"""{"rufa":"feedback","answerId":"{{answer.Id}}","helpful":false}""", actions[1]!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Card_LeadsWithAShortAnswer_AndKeepsThePassagesBehindShowMore()
    {
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync("Is the human rights induction mandatory?", null, CancellationToken.None);
        var card = AnswerCards.Build(answer, KnowledgeTestServices.Texts);

        // Three passages are found; what shows before "Show more" is the lead and the source it comes from.
        Assert.Equal(3, answer.Citations.Count);
        var shown = Visible(card);
        Assert.True(Words(shown) < 90, $"{Words(shown)} words shown: {string.Join(" | ", shown)}");
        Assert.DoesNotContain(shown, t => t.StartsWith("[2]", StringComparison.Ordinal) || t.StartsWith("**RufaBot's own walkthrough", StringComparison.Ordinal));
        var more = Element(card, AnswerCards.MoreId);
        Assert.False((bool)more["isVisible"]!);
        Assert.Contains(Texts(more), t => t.StartsWith("**RufaBot's own walkthrough: an introduction to Human Rights up Front** (RufaBot's guidance, not UN policy)", StringComparison.Ordinal));
        Assert.Contains(Texts(Element(card, AnswerCards.MoreSourcesId)), t => t.StartsWith("[2] RufaBot guidance", StringComparison.Ordinal));

        // "Show more" swaps in the passages, their sources and "Show less", all in one Action.ToggleVisibility.
        var showMore = Element(card, AnswerCards.ShowMoreId)["actions"]![0]!;
        Assert.Equal(("Action.ToggleVisibility", "Show more"), ((string?)showMore["type"], (string?)showMore["title"]));
        Assert.Equal([AnswerCards.MoreId, AnswerCards.MoreSourcesId, AnswerCards.ShowMoreId, AnswerCards.ShowLessId],
            showMore["targetElements"]!.AsArray().Select(t => (string?)t));
        Assert.False((bool)Element(card, AnswerCards.ShowLessId)["isVisible"]!);
    }

    [Fact]
    public async Task Card_NumberedSteps_AreAMarkdownList_WithNoEscapeShown()
    {
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync("what must I do if I learn of a serious violation?", null, CancellationToken.None);
        var card = AnswerCards.Build(answer, KnowledgeTestServices.Texts);

        var shown = Visible(card);
        var steps = Assert.Single(shown, t => t.StartsWith("1. ", StringComparison.Ordinal));
        var lines = steps.Split('\n');
        Assert.Equal(["1. If anyone", "2. Note what", "3. Raise it ", "4. Leave con"], lines.Select(l => l[..12]));
        Assert.EndsWith("[1]", lines[^1]);
        Assert.DoesNotContain(AllTexts(card), t => t.Contains("\\.", StringComparison.Ordinal));
        // The guidance says what it is before its steps.
        Assert.Equal("**What to do if you learn of a serious violation** (RufaBot's guidance, not UN policy)", shown[0]);
    }

    [Fact]
    public async Task Card_InFrench_ListsTheStepsAndShowsMoreInFrench()
    {
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync("Que dois-je faire si j'apprends une violation grave ?", "fr-FR", CancellationToken.None);
        var card = AnswerCards.Build(answer, KnowledgeTestServices.Texts);

        Assert.Contains(Visible(card), t => t.StartsWith("1. Si quelqu'un est en danger immédiat", StringComparison.Ordinal) && t.Contains("\n2. Notez", StringComparison.Ordinal));
        Assert.Equal("Afficher la suite", (string?)Element(card, AnswerCards.ShowMoreId)["actions"]![0]!["title"]);
        Assert.Equal("Afficher moins", (string?)Element(card, AnswerCards.ShowLessId)["actions"]![0]!["title"]);
    }

    [Fact]
    public void Card_LinksASourceToItsPublicDocument_OnlyWhereItsAddressIsKnown()
    {
        var linked = new Citation("Detailed Action Plan", "March 2014", "item 2.3", "DAP 2.3", "seed:DAP 2.3", Url: "https://example.org/dap(2014).pdf");
        var unlinked = new Citation("Plan of Action", "2013", "item 2", "PoA 2", "seed:PoA 2");
        var answer = new KnowledgeAnswer(KnowledgeAnswer.NewId(), "Text [1] [2]", [new AnswerCitation(1, linked), new AnswerCitation(2, unlinked)],
            AnswerMode.Extractive, false, Language.English);

        var texts = Visible(AnswerCards.Build(answer, KnowledgeTestServices.Texts));
        Assert.Contains("[1] [Detailed Action Plan (March 2014), item 2.3](https://example.org/dap%282014%29.pdf)", texts);
        Assert.Contains("[2] Plan of Action (2013), item 2", texts);
    }

    [Fact]
    public void ShippedSources_HaveNoInventedAddress()
    {
        // seeds.json names no address: none is known for certain, so no source is linked until one is added there.
        Assert.All(KnowledgeTestServices.Seeds.Documents, d => Assert.Null(d.Address));
        Assert.All(KnowledgeTestServices.Shipped, e => Assert.Null(e.Citation.Url));
    }

    [Fact]
    public void Card_InFrench_HasFrenchLabels_AndShowsTheNote()
    {
        var answer = new KnowledgeAnswer(KnowledgeAnswer.NewId(), "Texte [1]", [], AnswerMode.Extractive, false, Language.French, "Une note *importante*");
        var card = AnswerCards.Build(answer, KnowledgeTestServices.Texts);
        var texts = Visible(card);
        Assert.Equal("Une note \\*importante\\*", texts[1]);
        Assert.Equal("Cette réponse vous a-t-elle aidé ?", texts[^1]);
        Assert.Equal(["Oui", "Non"], card["actions"]!.AsArray().Select(a => (string?)a!["title"]));
    }

    [Fact]
    public void Card_WithHugeEscapedTextAndManyLongCitations_StaysUnder28KB()
    {
        var text = CardText.Escape(string.Concat(Enumerable.Repeat("é*<[x](y)> ", 3000)));
        var citations = Enumerable.Range(1, 25).Select(n => new AnswerCitation(n,
            new Citation(new string('ü', 300) + ".md", null, new string('*', 400), "ADMIN x", $"admin:{n}", "f.md", "h"))).ToList();
        var card = AnswerCards.Build(new KnowledgeAnswer(KnowledgeAnswer.NewId(), text, citations, AnswerMode.Extractive, false, Language.English, new string('ß', 2000)), KnowledgeTestServices.Texts);

        var bytes = Encoding.Unicode.GetByteCount(card.ToJsonString());
        Assert.True(bytes <= AnswerCards.MaxCardBytes, $"{bytes} bytes");
    }

    [Fact]
    public async Task AnswerCards_AreDumpedForTheOfficialRenderer()
    {
        var folder = Environment.GetEnvironmentVariable("RUFABOT_CARD_DUMP") is { Length: > 0 } dump ? dump : Path.Combine(Path.GetTempPath(), "rufabot-cards");
        Directory.CreateDirectory(folder);
        var services = new KnowledgeTestServices();
        var generated = new KnowledgeAnswer(KnowledgeAnswer.NewId(),
            CardText.EscapeKeepingMarkers("The SAG meets at **Principals** level [1]. See [this](https://evil.example) ![x](https://evil.example/p.png) [2]."),
            [new AnswerCitation(1, KnowledgeTestServices.Shipped.Single(e => e.Id == "dap-13.3").Citation)], AnswerMode.Generated, false, Language.English);
        KnowledgeAnswer[] answers =
        [
            await services.Answers.AnswerAsync("what must I do if I learn of a serious violation?", null, CancellationToken.None),
            await services.Answers.AnswerAsync("Qui peut invoquer l'article 99 ?", "fr-FR", CancellationToken.None),
            await services.Answers.AnswerAsync("How do I reset my password?", null, CancellationToken.None),
            generated with { Note = KnowledgeTestServices.Texts.ModelUnavailable(Language.English) },
            await services.Answers.AnswerAsync("Is the human rights induction mandatory?", null, CancellationToken.None),
            generated with { Citations = [new AnswerCitation(1, new Citation("Detailed Action Plan", "March 2014", "item 13.3", "DAP 13.3", "dap-13.3", Url: "https://example.org/dap.pdf"))] },
        ];
        for (var i = 0; i < answers.Length; i++)
        {
            var card = AnswerCards.Build(answers[i], KnowledgeTestServices.Texts);
            Assert.True(Encoding.Unicode.GetByteCount(card.ToJsonString()) <= AnswerCards.MaxCardBytes);
            await File.WriteAllTextAsync(Path.Combine(folder, $"answer-{i:D2}.json"), card.ToJsonString());
        }
    }

    /// <summary>The texts shown before "Show more" is pressed, in order.</summary>
    private static List<string> Visible(JsonObject card) => [.. Texts(card["body"]!.AsArray(), hidden: false)];

    private static List<string> AllTexts(JsonObject card) => [.. Texts(card["body"]!.AsArray(), hidden: true)];

    private static List<string> Texts(JsonObject container) => [.. Texts(container["items"]!.AsArray(), hidden: true)];

    private static IEnumerable<string> Texts(JsonArray elements, bool hidden) =>
        elements.Select(e => e!.AsObject()).Where(e => hidden || (bool?)e["isVisible"] != false).SelectMany(e =>
            e["items"] is JsonArray items ? Texts(items, hidden) : e["text"] is { } text ? [(string)text!] : []);

    private static JsonObject Element(JsonObject card, string id) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["id"] == id);

    private static int Words(IEnumerable<string> texts) => texts.Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
