using System.Text.RegularExpressions;

namespace RufaBot.Knowledge.Prompts;

/// <summary>
/// Accepts a model answer only if it cites at least one passage, cites nothing but the passages it was given,
/// and carries no link (links are forbidden by the rules, so one is a sign of injected instructions).
/// </summary>
internal static partial class GeneratedAnswerCheck
{
    public const string NotCovered = "NOT_COVERED";

    public sealed record Result(bool Accepted, string? Reason, IReadOnlyList<int> Cited, bool IsNotCovered = false);

    public static Result Check(string? answer, int passageCount)
    {
        var text = answer?.Trim() ?? "";
        if (text.Length == 0)
            return new Result(false, "empty answer", []);
        if (text.Trim('.', ' ') == NotCovered)
            return new Result(true, null, [], IsNotCovered: true);
        if (Link().IsMatch(text))
            return new Result(false, "answer contains a link", []);
        if (RepeatsInstructions(text))
            return new Result(false, "answer repeats the instructions", []);
        var cited = new SortedSet<int>();
        foreach (Match marker in Marker().Matches(text))
        {
            foreach (var part in marker.Groups[1].Value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, out var n) || n < 1 || n > passageCount)
                    return new Result(false, $"cites [{part}] but only {passageCount} passages were given", []);
                cited.Add(n);
            }
        }
        return cited.Count == 0 ? new Result(false, "no citation", []) : new Result(true, null, cited.ToList());
    }

    private const int ShingleWords = 9;

    // The rules themselves, except rule 8, whose safety advice a good answer is asked to repeat.
    private static readonly HashSet<string> InstructionShingles = PromptBuilder.SystemPrompt.Split('\n')
        .Where(line => line.StartsWith("Rules.", StringComparison.Ordinal) || (line.Length > 1 && char.IsAsciiDigit(line[0]) && !line.StartsWith("8.", StringComparison.Ordinal)))
        .SelectMany(Shingles)
        .ToHashSet(StringComparer.Ordinal);

    private static bool RepeatsInstructions(string text) => Shingles(text).Any(InstructionShingles.Contains);

    private static IEnumerable<string> Shingles(string text)
    {
        var words = Text.TextAnalyzer.Tokens(text).ToArray();
        for (var i = 0; i + ShingleWords <= words.Length; i++)
            yield return string.Join(' ', words, i, ShingleWords);
    }

    [GeneratedRegex(@"\[\s*(\d+(?:\s*[,;]?\s*\d+)*)\s*\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(https?|ftp|file|mailto|data|javascript):|www\.", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
