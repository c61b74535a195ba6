using System.Text.Json;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Induction;

/// <summary>
/// The right answer of each quiz question, read from the dialog file itself so the quiz has one source: after each
/// choice step <c>quizX</c>, a branch sends the right choice to the message step <c>quizXRight</c>. A dialog that
/// breaks that shape stops start-up with the step named, rather than scoring everyone wrong.
/// </summary>
internal sealed class InductionAnswerKey
{
    private const string QuizPrefix = "quiz";
    private const string RightSuffix = "Right";

    private InductionAnswerKey(IReadOnlyDictionary<string, string> rightAnswers) => RightAnswers = rightAnswers;

    /// <summary>Quiz step id → the id of its right choice, in dialog order.</summary>
    public IReadOnlyDictionary<string, string> RightAnswers { get; }

    public int Questions => RightAnswers.Count;

    public int Correct(FlowResult result) =>
        RightAnswers.Count(pair => result.Get<ChoiceAnswer>(pair.Key)?.Choice == pair.Value);

    public static InductionAnswerKey Load(string dialogFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(dialogFile));
        var steps = document.RootElement.GetProperty("steps").EnumerateArray().ToList();
        var quizzes = steps
            .Where(s => Text(s, "kind") == "choice" && Text(s, "id") is { } id && id.StartsWith(QuizPrefix, StringComparison.Ordinal))
            .ToDictionary(s => Text(s, "id")!, s => s.GetProperty("choices").EnumerateArray().Select(c => Text(c, "id")).ToHashSet(), StringComparer.Ordinal);
        var key = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var branch in steps.Where(s => Text(s, "kind") == "branch"))
            foreach (var @case in branch.GetProperty("cases").EnumerateArray())
            {
                var when = @case.GetProperty("when");
                if (Text(when, "step") is not { } quiz || !quizzes.ContainsKey(quiz) || Text(@case, "goto") != quiz + RightSuffix)
                    continue;
                if (Text(when, "equals") is not { } right || !quizzes[quiz].Contains(right) || !key.TryAdd(quiz, right))
                    throw Broken(dialogFile, $"the branch '{Text(branch, "id")}' must send exactly one choice of '{quiz}' to '{quiz}{RightSuffix}'");
            }
        if (quizzes.Keys.FirstOrDefault(q => !key.ContainsKey(q)) is { } unscored)
            throw Broken(dialogFile, $"no branch sends the right choice of '{unscored}' to '{unscored}{RightSuffix}'");
        if (key.Count == 0)
            throw Broken(dialogFile, $"it has no quiz step (a choice step whose id starts with '{QuizPrefix}')");
        var ordered = quizzes.Keys.ToDictionary(q => q, q => key[q], StringComparer.Ordinal);
        return new InductionAnswerKey(ordered);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static InvalidOperationException Broken(string file, string reason) =>
        new($"Cannot score the induction in {file}: {reason}.");
}
