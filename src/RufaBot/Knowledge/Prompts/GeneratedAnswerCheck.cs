using System.Text.RegularExpressions;

namespace RufaBot.Knowledge.Prompts;

/// <summary>
/// Accepts a model answer only if it cites at least one passage, cites nothing but the passages it was given,
/// carries no link (links are forbidden by the rules, so one is a sign of injected instructions), and quotes only
/// words that are in a passage it cites (a quotation staff cannot find in the source is an invention).
/// </summary>
internal static partial class GeneratedAnswerCheck
{
    public const string NotCovered = "NOT_COVERED";

    public sealed record Result(bool Accepted, string? Reason, IReadOnlyList<int> Cited, bool IsNotCovered = false);

    public static Result Check(string? answer, int passageCount) => Check(answer, passageCount, null);

    /// <param name="passages">The passage texts, numbered from 1; when given, quotations are checked against the cited ones.</param>
    public static Result Check(string? answer, int passageCount, IReadOnlyList<string>? passages)
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
        if (cited.Count == 0)
            return new Result(false, "no citation", []);
        if (passages is not null)
        {
            // Short quoted terms ("light" team) are names, not quotations.
            var invented = Text.Quotations.Find(text).FirstOrDefault(q => q.Split(' ').Length >= 3
                && !cited.Any(n => Text.Quotations.IsIn(q, passages[n - 1])));
            if (invented is not null)
                return new Result(false, "quotes words that are in no cited passage", []);
        }
        return new Result(true, null, cited.ToList());
    }

    /// <summary>Share of an English answer's own words that must come from its passages, its question or rule 8's advice.</summary>
    public const double MinSupport = 0.5;

    /// <summary>
    /// Whether an English answer is made of its passages' words: a model that obeys an instruction in the question
    /// ("you are now a pirate…") writes words no passage has, even when it cites one. Rephrasing keeps most words.
    /// </summary>
    public static bool IsSupported(string answer, IEnumerable<string> sources, string question)
    {
        var words = Text.TextAnalyzer.Analyze(Marker().Replace(answer, " "), Text.Language.English)
            .Where(t => !char.IsAsciiDigit(t[0])).ToHashSet(StringComparer.Ordinal);
        if (words.Count < 4)
            return true;
        var known = sources.Append(question).Append(SafetyAdvice)
            .SelectMany(s => Text.TextAnalyzer.Analyze(s, Text.Language.English)).ToHashSet(StringComparer.Ordinal);
        return (double)words.Count(known.Contains) / words.Count >= MinSupport;
    }

    // Rule 8 asks for this advice, in words the passages need not have.
    private static readonly string SafetyAdvice = string.Join(' ', PromptBuilder.SystemPrompt.Split('\n').Where(l => l.StartsWith("8.", StringComparison.Ordinal)))
        + " RufaBot guidance not UN policy plan";

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
