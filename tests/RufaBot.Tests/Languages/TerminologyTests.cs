using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RufaBot.Tests.Languages;

/// <summary>
/// One official term per name, in each language's glossary (dialogs/glossary/&lt;language&gt;.json): wherever an
/// English text names the term, its translation uses one of the glossary's forms of it; and no text of that language
/// (string files and the knowledge base's translation) uses a variant the glossary rules out.
/// </summary>
public sealed class TerminologyTests
{
    /// <summary>The terms every glossary defines (the translators' brief).</summary>
    private static readonly string[] TermIds =
    [
        "initiative", "plan-of-action", "detailed-action-plan", "commitment-statement", "secretary-general", "deputy-secretary-general",
        "senior-action-group", "inter-agency-task-force", "regional-quarterly-review", "resident-coordinator", "human-rights-adviser",
        "focal-point", "ohchr", "country-team", "framework-of-analysis", "induction", "due-diligence", "humanitarian-law",
        "security-council", "general-assembly",
    ];

    public static TheoryData<string> Languages() => [.. StringFiles.Translated];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguage_HasAGlossary_OfEveryTerm(string language)
    {
        var glossary = StringFiles.Glossary(language);
        Assert.True(glossary is not null, $"{Path.GetFileName(StringFiles.GlossaryPath(language))} does not exist");
        Assert.Empty(TermIds.Except(glossary.Select(t => t.Id)));
        Assert.All(glossary, t => Assert.True(t.Forms.Count > 0 && t.Forms.All(f => f.Trim().Length > 0), $"{t.Id} has no form"));
        // A form that is also a variant would make both checks pass and fail at once.
        Assert.All(glossary, t => Assert.Empty(t.Forms.Intersect(t.Variants, StringComparer.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void WhereTheEnglishNamesATerm_TheTranslationUsesTheGlossarysTerm(string language)
    {
        var glossary = StringFiles.Glossary(language) ?? [];
        var missing = new List<string>();
        foreach (var family in StringFiles.Families())
        {
            var translated = (StringFiles.Read(family, language) ?? []).Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Key, p => p.Value.GetString()!);
            foreach (var (key, value) in StringFiles.Read(family, "en")!.Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                if (!translated.TryGetValue(key, out var theirs))
                    continue;
                foreach (var term in glossary.Where(t => Names(value.GetString()!, t.English)))
                    if (!term.Forms.Any(f => Contains(theirs, f)))
                        missing.Add($"{family}.{language} {key}: \"{term.English}\" is not rendered as any of [{string.Join(" | ", term.Forms)}]");
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    // What people type (word lists: commands such as "register me as focal point for") names terms too. A list may
    // also hold the casual words people use ("введение"), so it must offer the term in at least one phrase.
    [Theory]
    [MemberData(nameof(Languages))]
    public void WhereEnglishCommandWordsNameATerm_TheTranslatedWordsUseTheGlossarysTerm(string language)
    {
        var glossary = StringFiles.Glossary(language) ?? [];
        var missing = new List<string>();
        foreach (var family in StringFiles.Families())
        {
            var translated = (StringFiles.Read(family, language) ?? []).Where(p => p.Value.ValueKind == JsonValueKind.Array)
                .ToDictionary(p => p.Key, p => StringFiles.Texts(p.Value).ToList());
            foreach (var (key, value) in StringFiles.Read(family, "en")!.Where(p => p.Value.ValueKind == JsonValueKind.Array))
            {
                if (!translated.TryGetValue(key, out var theirs))
                    continue;
                var english = StringFiles.Texts(value).ToList();
                var own = theirs.Where(p => !english.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
                foreach (var term in glossary.Where(t => english.All(e => Names(e, t.English))))
                    if (!own.Any(phrase => term.Forms.Any(f => Contains(phrase, f))))
                        missing.Add($"{family}.{language} {key}: no phrase says \"{term.English}\" as any of [{string.Join(" | ", term.Forms)}]");
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void NoText_UsesAVariantTheGlossaryRulesOut(string language)
    {
        var glossary = StringFiles.Glossary(language) ?? [];
        var texts = StringFiles.Families()
            .SelectMany(family => (StringFiles.Read(family, language) ?? [])
                .SelectMany(p => StringFiles.Texts(p.Value).Select(text => ($"{family}.{language} {p.Key}", text))))
            .Concat(StringFiles.KnowledgeTexts(language));
        var found = texts.SelectMany(t => glossary.SelectMany(term => term.Variants.Where(v => Contains(t.Item2, v))
                .Where(v => !term.Forms.Any(f => Contains(f, v) && Contains(t.Item2, f)))
                .Select(v => $"{t.Item1}: \"{v}\" (use {term.Forms[0]})")))
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Matching_IsByWordInEnglish_AndCaseInsensitive()
    {
        Assert.True(Names("Ask your Focal Point", "focal point"));
        Assert.True(Names("the focal points", "focal point"));
        Assert.False(Names("a reproduction", "induction"));
        Assert.True(Contains("Le Plan d'action", "plan d'action"));
        Assert.True(Contains("Обратитесь к Координатору-резиденту", "координатору-резиденту"));
    }

    // The English name as words (a plural or possessive after it is still the name): "focal points" names "focal point".
    private static bool Names(string english, string term) =>
        Regex.IsMatch(english, $@"(?<![\p{{L}}-]){Regex.Escape(term)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool Contains(string text, string form) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, form, CompareOptions.IgnoreCase) >= 0;
}
