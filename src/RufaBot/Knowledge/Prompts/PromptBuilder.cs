using System.Reflection;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge.Retrieval;

namespace RufaBot.Knowledge.Prompts;

/// <summary>
/// Builds the prompt: the fixed system rules, then the numbered passages and the question inside delimiters.
/// Passage and question text cannot forge a delimiter (angle brackets are replaced), and the lowest-ranked
/// passages are dropped until the prompt fits the token budget.
/// </summary>
internal sealed class PromptBuilder(PromptTokenCounter counter, IOptions<KnowledgeOptions> options)
{
    public static string SystemPrompt { get; } = ReadSystemPrompt();

    public ChatPrompt Build(string question, IReadOnlyList<SearchHit> passages)
    {
        var settings = options.Value;
        var safeQuestion = AsData(question.Length > settings.MaxQuestionChars ? question[..settings.MaxQuestionChars] : question);
        var kept = passages.ToList();
        while (true)
        {
            var user = UserMessage(safeQuestion, kept);
            var tokens = counter.Count(SystemPrompt) + counter.Count(user);
            if (tokens <= settings.MaxPromptTokens || kept.Count <= 1)
                return new ChatPrompt([new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, user)], kept, tokens);
            kept.RemoveAt(kept.Count - 1);
        }
    }

    private static string UserMessage(string question, IReadOnlyList<SearchHit> passages)
    {
        var text = new StringBuilder("<passages>\n");
        for (var i = 0; i < passages.Count; i++)
        {
            var entry = passages[i].Entry;
            text.Append('[').Append(i + 1).Append("] Source: ").Append(AsData(entry.Citation.Label));
            text.Append(entry.Kind switch
            {
                EntryKind.Guidance => " (RufaBot guidance, not UN policy)",
                EntryKind.SourceText => " (exact text of the document)",
                EntryKind.Summary => " (summary of the document)",
                _ => " (entity document)",
            });
            text.Append("\nTitle: ").Append(AsData(entry.Title)).Append('\n').Append(AsData(entry.Body)).Append("\n\n");
        }
        text.Append("</passages>\n\n<question>\n").Append(question).Append("\n</question>");
        return text.ToString();
    }

    /// <summary>Data may not open or close a delimiter, and control characters are dropped.</summary>
    internal static string AsData(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\n')
                continue;
            builder.Append(c switch { '<' => '‹', '>' => '›', _ => c });
        }
        return builder.ToString().Trim();
    }

    private static string ReadSystemPrompt()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RufaBot.Knowledge.Prompts.system-prompt.txt")
            ?? throw new InvalidOperationException("The embedded system prompt is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
