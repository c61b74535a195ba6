using Microsoft.Extensions.DependencyInjection;
using RufaBot.Induction;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Induction;

/// <summary>Completion records: idempotent per user and draft, found by entity however it was typed.</summary>
public sealed class InductionRecordsTests : RunningBot
{
    [Fact]
    public async Task RecordingTheSameDraftTwice_KeepsOneRow_AndReturnsTheFirst()
    {
        var records = App.Services.GetRequiredService<InductionRecords>();
        var first = await records.RecordAsync(Completion("draft-1", correct: 5), default);
        var again = await records.RecordAsync(Completion("draft-1", correct: 2), default);
        var other = await records.RecordAsync(Completion("draft-2", correct: 6), default);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(5, again.Correct);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal([5, 6], (await records.ForEntityAsync(" unicef ", default)).Select(r => r.Correct));
        Assert.Equal(6, (await records.LatestAsync("aad-1", default))!.Correct);
    }

    [Fact]
    public void AnswerKey_IsReadFromTheDialogsBranches()
    {
        var key = App.Services.GetRequiredService<InductionAnswerKey>();
        Assert.Equal(InductionWalk.Quizzes.Select(q => (q.Step, q.Right)), key.RightAnswers.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void AnswerKey_OfADialogWithoutTheRightBranch_IsRefusedNamingTheQuiz()
    {
        var file = Path.Combine(Path.GetTempPath(), $"induction-{Guid.NewGuid():N}.dialog.json");
        File.WriteAllText(file, """
            {"steps": [
              {"id": "quizOne", "kind": "choice", "choices": [{"id": "a"}, {"id": "b"}]},
              {"id": "checkOne", "kind": "branch", "cases": [{"when": {"step": "quizOne", "equals": "a"}, "goto": "elsewhere"}]}
            ]}
            """);
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => InductionAnswerKey.Load(file));
            Assert.Contains("no branch sends the right choice of 'quizOne' to 'quizOneRight'", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static InductionCompletionRecord Completion(string draftId, int correct) => new()
    {
        UserId = "aad-1",
        DisplayName = "Kim",
        Entity = "UNICEF",
        EntityKey = InductionEntity.Key("UNICEF"),
        DraftKey = InductionRecords.DraftKey(draftId),
        CompletedAt = DateTimeOffset.UtcNow,
        Correct = correct,
        Questions = 6,
    };
}
