using RufaBot.Cards;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Answers;

namespace RufaBot.Tests.Knowledge;

/// <summary>
/// The short answer a card leads with is the best passage's own words, and passages far below the best one are not
/// shown at all: a real question that once got an off-topic passage gets only the one that answers it.
/// </summary>
public sealed class AnswerLeadTests
{
    [Theory]
    [InlineData("Is the human rights induction mandatory?", null)]
    [InlineData("Who chairs the SAG?", null)]
    [InlineData("When is Article 99 used?", null)]
    [InlineData("What is the Regional Quarterly Review?", null)]
    [InlineData("what must I do if I learn of a serious violation?", null)]
    [InlineData("Qui peut invoquer l'article 99 ?", "fr-FR")]
    public async Task Lead_IsTheBestPassagesOwnWords_WithItsKindAndMarker(string question, string? locale)
    {
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync(question, locale, CancellationToken.None);
        var entry = KnowledgeTestServices.Shipped.Concat(KnowledgeTestServices.Seeds.Entries()).Single(e => e.Citation.EntryId == answer.Citations[0].Citation.EntryId);
        var lead = Assert.IsType<AnswerPassage>(answer.Lead);

        Assert.Equal(1, lead.Number);
        Assert.EndsWith(" [1]", lead.Blocks[^1]);
        Assert.Contains($"({KnowledgeTestServices.Texts.KindLabel(entry.Kind, answer.Language)})", lead.Heading);
        var body = CardText.Escape(answer.Language == RufaBot.Knowledge.Text.Language.French && entry.In("fr")?.Body is { } french ? french : entry.Body);
        var original = "_" + KnowledgeTestServices.Texts.OriginalEnglish(answer.Language) + ":_ ";
        foreach (var block in lead.Blocks)
        {
            var words = block.EndsWith(" [1]", StringComparison.Ordinal) ? block[..^4] : block;
            if (words.StartsWith(original, StringComparison.Ordinal))
            {
                // Beside a translation, the sources' words in English: each quotation verbatim in the English body.
                foreach (var quotation in words[original.Length..].Split("” “").Select(q => q.Trim('“', '”', '…')))
                    Assert.Contains(quotation, CardText.Escape(entry.Body));
                continue;
            }
            if (entry.IsSourceText)
                words = words.TrimStart('“').TrimEnd('”');
            // A list's items are the body's words between its numbers.
            foreach (var part in words.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"^\d\. ", "").TrimEnd('…')))
                Assert.Contains(part, body);
        }
    }

    [Fact]
    public async Task Lead_IsTheSentenceClosestToTheQuestion_NotAlwaysTheFirst()
    {
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync("Who is the Senior Action Group chaired by?", null, CancellationToken.None);
        Assert.Contains("chair", Assert.IsType<AnswerPassage>(answer.Lead).Blocks[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PassageFarBelowTheBest_IsDropped()
    {
        const string question = "what must I do if I learn of a serious violation?";
        // Without the cut-off, passages that share "serious violation" with the question, not its subject, follow it
        // (at 0.4 of the best score a summary of item 7.1 did, before the French explanations were all indexed).
        var loose = await new KnowledgeTestServices(options: new KnowledgeOptions { MinRelativeScore = 0.05 }).Answers.AnswerAsync(question, null, CancellationToken.None);
        Assert.Contains(loose.Citations, c => c.Citation.Ref != "RUFA what-to-do");

        var answer = await new KnowledgeTestServices().Answers.AnswerAsync(question, null, CancellationToken.None);
        Assert.Equal(["RUFA what-to-do"], answer.Citations.Select(c => c.Citation.Ref));
    }

    [Fact]
    public async Task SeeingAViolation_IsAnsweredWithWhatToDo_First()
    {
        // "see" once matched "(see 13.1)" in the Action Plan better than anything matched the guidance, and items
        // 11.2 and 14.1 (privileges of UN staff, EOSG's staffing) came first.
        var answer = await new KnowledgeTestServices().Answers.AnswerAsync("what must I do if I see a violation?", null, CancellationToken.None);
        Assert.Equal("RUFA what-to-do", answer.Citations[0].Citation.Ref);
        Assert.DoesNotContain(answer.Citations, c => c.Citation.Ref is "DAP 11.2" or "DAP 14.1");
    }
}
