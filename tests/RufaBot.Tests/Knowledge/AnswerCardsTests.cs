using System.Text;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Tests.Knowledge;

public sealed class AnswerCardsTests
{
    [Fact]
    public async Task Card_HasTextSourcesAndFeedbackButtons()
    {
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync("Is the human rights induction mandatory?", null, CancellationToken.None);
        var card = AnswerCards.Build(answer);

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var texts = card["body"]!.AsArray().Select(b => (string?)b!["text"]).ToList();
        Assert.Equal(answer.Text, texts[0]);
        Assert.Contains("[1] Detailed Action Plan (March 2014), item 2.3", texts);
        Assert.Equal("Was this helpful?", texts[^1]);
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Yes", "No"], actions.Select(a => (string?)a!["title"]));
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        Assert.Equal($$"""{"rufa":"feedback","answerId":"{{answer.Id}}","helpful":true}""", actions[0]!["data"]!.ToJsonString());
        Assert.Equal($$"""{"rufa":"feedback","answerId":"{{answer.Id}}","helpful":false}""", actions[1]!["data"]!.ToJsonString());
    }

    [Fact]
    public void Card_InFrench_HasFrenchLabels_AndShowsTheNote()
    {
        var answer = new KnowledgeAnswer(KnowledgeAnswer.NewId(), "Texte [1]", [], AnswerMode.Extractive, false, Language.French, "Une note *importante*");
        var card = AnswerCards.Build(answer);
        var texts = card["body"]!.AsArray().Select(b => (string?)b!["text"]).ToList();
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
        var card = AnswerCards.Build(new KnowledgeAnswer(KnowledgeAnswer.NewId(), text, citations, AnswerMode.Extractive, false, Language.English, new string('ß', 2000)));

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
            generated with { Note = AnswerTexts.ModelUnavailable(Language.English) },
        ];
        for (var i = 0; i < answers.Length; i++)
        {
            var card = AnswerCards.Build(answers[i]);
            Assert.True(Encoding.Unicode.GetByteCount(card.ToJsonString()) <= AnswerCards.MaxCardBytes);
            await File.WriteAllTextAsync(Path.Combine(folder, $"answer-{i:D2}.json"), card.ToJsonString());
        }
    }
}
