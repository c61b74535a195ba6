using Microsoft.ML.Tokenizers;

namespace RufaBot.Knowledge.Prompts;

/// <summary>
/// Counts tokens the way GPT-4o-family deployments do (o200k_base), to keep every prompt within budget. The
/// vocabulary ships in a NuGet data package, so counting works offline; it is loaded on first use.
/// </summary>
internal sealed class PromptTokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));

    public int Count(string text) => Tokenizer.Value.CountTokens(text);
}
