using System.Text.RegularExpressions;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Text;
using RufaBot.Tests.Knowledge;

namespace RufaBot.Tests.Languages;

/// <summary>
/// Citation labels in the reader's language: every citation of the source documents and of the curated entries,
/// worded in each translated language, keeps no English label word (a document kind, "item", "para", an English
/// month); the documents named in the glossary take its term; English keeps the documents' own short form.
/// </summary>
public sealed partial class CitationLabelTests
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Nov", "Apr", "Sep"];

    public static TheoryData<string> Languages() => [.. StringFiles.Translated];

    private static IEnumerable<Citation> AllCitations() =>
        KnowledgeTestServices.Seeds.Entries().Select(e => e.Citation).Concat(KnowledgeTestServices.Shipped.Select(e => e.Citation));

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCitation_CarriesNoEnglishLabelWord(string language)
    {
        var reader = Reader(language);
        // English label words are those of the English citation strings and month names, less any the language
        // itself writes in its own texts ("introduction" in French, "para" in Spanish).
        var own = Words(CitationStrings(language).Concat(MonthStrings(language)).Concat(StringFiles.KnowledgeTexts(language).Select(t => t.Text)));
        var english = Words(CitationStrings("en").Concat(EnglishMonths)).Except(own, StringComparer.OrdinalIgnoreCase)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.NotEmpty(english);
        var problems = AllCitations()
            .Select(c => (c.Ref, Label: KnowledgeTestServices.Texts.CitationLabel(c, reader)))
            .Where(l => Words([l.Label]).Any(english.Contains))
            .Select(l => $"{l.Ref}: {l.Label}")
            .ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} labels with English words, e.g. {string.Join(" | ", problems.Take(5))}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void DocumentsNamedInTheGlossary_AreCitedByItsTerm(string language)
    {
        var glossary = StringFiles.Glossary(language)!.ToDictionary(t => t.Id);
        var reader = Reader(language);
        foreach (var (reference, term) in new[] { ("DAP 2.3", "detailed-action-plan"), ("PoA 1", "plan-of-action"), ("CS P1", "commitment-statement") })
        {
            var passage = KnowledgeTestServices.Seeds.Find(reference) ?? KnowledgeTestServices.Seeds.Passages.First(p => p.Ref.StartsWith(reference.Split(' ')[0] + " ", StringComparison.Ordinal));
            var label = KnowledgeTestServices.Texts.CitationLabel(KnowledgeTestServices.Seeds.CitationOf(passage), reader);
            Assert.Contains(glossary[term].Forms, form => label.Contains(form, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Labels_ReadAsTheLanguageWritesThem()
    {
        var dap = KnowledgeTestServices.Seeds.CitationOf(KnowledgeTestServices.Seeds.Find("DAP 2.3")!);
        var cs = KnowledgeTestServices.Seeds.CitationOf(KnowledgeTestServices.Seeds.Find("CS P1")!);
        var texts = KnowledgeTestServices.Texts;
        Assert.Equal("Detailed Action Plan (March 2014), item 2.3", texts.CitationLabel(dap, Language.English));
        Assert.Equal("Подробный план действий (март 2014 г.), пункт 2.3", texts.CitationLabel(dap, Language.Russian));
        Assert.Equal("Plan d'action détaillé (mars 2014), point 2.3", texts.CitationLabel(dap, Language.French));
        Assert.Equal("详细行动计划（2014年3月），第2.3项", texts.CitationLabel(dap, Language.Chinese));
        Assert.Equal("Заявление о приверженности (21 ноября 2013 г.), обязательство 1", texts.CitationLabel(cs, Language.Russian));
        Assert.Equal("Declaración de compromiso (21 de noviembre de 2013), compromiso 1", texts.CitationLabel(cs, Language.Spanish));
    }

    [Fact]
    public void ASummaryOfSeveralDocuments_ListsEachWithItsItems()
    {
        var entry = KnowledgeTestServices.Shipped.Single(e => e.Id == "cs-authorities");
        Assert.Equal("Declaración de compromiso (21 de noviembre de 2013), compromisos 2, 3 y 5; Plan de Acción Detallado (marzo de 2014), puntos 5.1 y 5.3",
            KnowledgeTestServices.Texts.CitationLabel(entry.Citation, Language.Spanish));
    }

    [Fact]
    public void AnAdminDocument_KeepsItsOwnFileAndHeading()
    {
        var admin = new Citation("unicef/guidance.md", null, "Child protection focal point", "ADMIN x", "admin:1", "unicef/guidance.md", "Child protection focal point");
        Assert.Equal(admin.Label, KnowledgeTestServices.Texts.CitationLabel(admin, Language.Arabic));
    }

    private static Language Reader(string code) => LanguageCodes.FromLocale(code)!.Value;

    private static IEnumerable<string> CitationStrings(string language) =>
        StringFiles.Read("", language)!.Where(p => p.Key.StartsWith("knowledge.citation.", StringComparison.Ordinal)).SelectMany(p => StringFiles.Texts(p.Value));

    private static IEnumerable<string> MonthStrings(string language) =>
        StringFiles.Read("", language)!.Where(p => p.Key.StartsWith("format.month", StringComparison.Ordinal)).SelectMany(p => StringFiles.Texts(p.Value));

    private static HashSet<string> Words(IEnumerable<string> texts) =>
        texts.SelectMany(t => LetterWord().Matches(Placeholder().Replace(t, " ")).Select(m => m.Value))
            .Where(w => w != "RufaBot" && !w.All(char.IsUpper)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex LetterWord();
}
