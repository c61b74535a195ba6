using RufaBot.Knowledge.Text;

namespace RufaBot.Tests.Knowledge;

public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("violations", "violat")]
    [InlineData("violation", "violat")]
    [InlineData("mandatory", "mandatori")]
    [InlineData("appraisals", "apprais")]
    [InlineData("appraisal", "apprais")]
    [InlineData("detaining", "detain")]
    [InlineData("detained", "detain")]
    public void EnglishStemmer_FollowsPorter(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("signaler", "signalement")]
    [InlineData("violations", "violation")]
    [InlineData("obligatoire", "obligatoires")]
    [InlineData("formation", "formations")]
    [InlineData("securite", "securites")]
    public void FrenchStemmer_JoinsInflectedForms(string a, string b) => Assert.Equal(FrenchStemmer.Stem(a), FrenchStemmer.Stem(b));

    [Fact]
    public void Analyzer_FoldsAccentsSplitsElisionsAndKeepsItemNumbers()
    {
        Assert.Equal(["induct", "obligatoir"], TextAnalyzer.Analyze("L'induction est-elle obligatoire ?", Language.French));
        Assert.Equal(TextAnalyzer.Analyze("sécurité", Language.French), TextAnalyzer.Analyze("securite", Language.French));
        Assert.Equal(["dap", "2.3", "item", "item#13.1", "13.1"], TextAnalyzer.Analyze("DAP 2.3, item 13.1.", Language.English));
        // A small number belongs to its word: "action 3" is not footnote 3.
        Assert.Equal(["action", "action#3"], TextAnalyzer.Analyze("action 3", Language.English));
        // A cross-reference's "see" is no word of the passage; "see" in a sentence still is.
        Assert.Equal(["task", "forc", "13.1"], TextAnalyzer.Analyze("Task Forces (see 13.1)", Language.English));
        Assert.Equal(["see", "violat"], TextAnalyzer.Analyze("if I see a violation", Language.English));
    }

    [Theory]
    [InlineData("Is the induction mandatory?", null, false)]
    [InlineData("La formation est-elle obligatoire ?", null, true)]
    [InlineData("Quelles valeurs doivent nous guider ?", "en-US", true)]
    [InlineData("What is the SAG?", "fr-FR", false)]
    [InlineData("SAG", "fr-FR", true)]
    public void LanguageDetector_UsesFunctionWords_ThenTheLocale(string text, string? locale, bool french) =>
        Assert.Equal(french ? Language.French : Language.English, LanguageDetector.Detect(text, locale));
}
