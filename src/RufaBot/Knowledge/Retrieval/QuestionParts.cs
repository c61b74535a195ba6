using System.Text.RegularExpressions;

namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// A question that asks two things ("Who coordinates the induction, and who must take it?") is searched part by
/// part as well, so each part's best passage reaches the answer. Parts start at a question word after "and"/"et",
/// a semicolon or a question mark.
/// </summary>
internal static partial class QuestionParts
{
    public static IReadOnlyList<string> Split(string question)
    {
        var parts = Boundary().Split(question).Select(p => p.Trim(' ', ',', '?', ';')).Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3).ToList();
        return parts.Count >= 2 ? parts : [question];
    }

    [GeneratedRegex(@",?\s+(?:and|et)\s+(?=(?:what|who|whom|when|where|which|how|why|does|do|is|are|can|will|was|were|qui|que|quand|quel|quelle|quels|quelles|comment|pourquoi|où|ou)\b)|;|\?\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
