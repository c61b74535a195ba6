using RufaBot.KnowledgeEval;
using Xunit.Abstractions;

namespace RufaBot.Tests.Knowledge;

/// <summary>
/// The offline targets of docs/knowledge.md on the question set of tests/RufaBot.KnowledgeEval: at least 95% of
/// answerable questions answered with the key facts and a correct citation, at least 90% of the questions the
/// documents cannot answer declined. Deterministic; latency is measured by the evaluation command, not here.
/// </summary>
public sealed class KnowledgeEvaluationTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<EvalQuestion> Questions = EvalQuestion.Load(EvalQuestion.DefaultPath);

    [Fact]
    public void QuestionSet_HasTheKindsTheIssueAsksFor_AndCitesRealPassages()
    {
        Assert.True(Questions.Count >= 200, $"{Questions.Count} questions");
        Assert.True(Questions.Count(q => !q.Answerable) >= 20);
        foreach (var kind in new[] { "paraphrase", "typo", "french", "two-passages" })
            Assert.True(Questions.Count(q => q.Kind == kind) >= 15, kind);
        Assert.All(Questions.Where(q => q.Kind == "two-passages"), q => Assert.True(q.Cite.Count >= 2, q.Id));
        Assert.All(Questions.Where(q => q.Answerable), q => Assert.NotEmpty(q.Facts));
        var unknown = Questions.SelectMany(q => q.Cite.SelectMany(g => g)).Where(r => KnowledgeTestServices.Seeds.Find(r) is null).Distinct().ToList();
        Assert.True(unknown.Count == 0, "no such passage: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task OfflineAnswers_MeetTheTargets()
    {
        var report = await new Evaluator().RunAsync(Questions);
        foreach (var line in report.Lines().Concat(report.Failures()))
            output.WriteLine(line);
        Assert.True(report.AnswerCorrect >= 0.95, $"answer correct {report.AnswerCorrect:P1}, target 95%");
        Assert.True(report.CorrectRefusal >= 0.90, $"correct refusal {report.CorrectRefusal:P1}, target 90%");
    }
}
