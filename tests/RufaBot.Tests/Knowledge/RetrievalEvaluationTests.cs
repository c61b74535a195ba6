using RufaBot.Knowledge.Text;
using Xunit.Abstractions;

namespace RufaBot.Tests.Knowledge;

/// <summary>Retrieval quality: the expected citation must be among the top 3 passages for at least 90% of questions.</summary>
public sealed class RetrievalEvaluationTests(ITestOutputHelper output)
{
    private const double Required = 0.90;
    private static readonly KnowledgeTestServices Services = new();

    [Fact]
    public void EvaluationSet_HasAtLeastFortySeedQuestions() => Assert.True(EvaluationSet.Seed.Count >= 40);

    [Fact]
    public async Task SeedQuestions_ExpectedCitationInTop3_AtLeast90Percent() => await Evaluate("domain.md section 6", EvaluationSet.Seed);

    [Fact]
    public async Task AllQuestions_IncludingParaphrasesAndFrench_ExpectedCitationInTop3_AtLeast90Percent() => await Evaluate("all", EvaluationSet.All);

    [Fact]
    public async Task FrenchQuestions_AreAnalysedInFrenchAndFindTheirEntry()
    {
        var french = EvaluationSet.Extra.Where(c => LanguageDetector.Detect(c.Question, c.Locale) == Language.French).ToList();
        Assert.True(french.Count >= 6);
        await Evaluate("French", french);
    }

    private async Task Evaluate(string name, IReadOnlyList<EvaluationSet.Case> cases)
    {
        var hits = 0;
        foreach (var item in cases)
        {
            var top = await Services.Retriever.RetrieveAsync(item.Question, LanguageDetector.Detect(item.Question, item.Locale), 3, CancellationToken.None);
            var refs = top.Select(h => h.Entry.Citation.Ref).ToList();
            if (refs.Intersect(item.Expected).Any())
                hits++;
            else
                output.WriteLine($"MISS {item.Number}: \"{item.Question}\" expected {string.Join(" | ", item.Expected)}, got {string.Join(" | ", refs)}");
        }
        var share = (double)hits / cases.Count;
        var figure = $"Top-3 retrieval ({name}): {hits}/{cases.Count} = {share:P1} (required {Required:P0})";
        output.WriteLine(figure);
        Console.WriteLine(figure);
        Assert.True(share >= Required, figure);
    }
}
