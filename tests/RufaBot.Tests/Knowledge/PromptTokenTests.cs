using RufaBot.Knowledge;
using RufaBot.Knowledge.Prompts;
using RufaBot.Knowledge.Retrieval;
using Xunit.Abstractions;

namespace RufaBot.Tests.Knowledge;

/// <summary>Prompts are measured with the o200k_base tokenizer (Microsoft.ML.Tokenizers) and stay under 2,000 tokens.</summary>
public sealed class PromptTokenTests(ITestOutputHelper output)
{
    private const int Limit = 2000;
    private static readonly PromptTokenCounter Counter = new();

    [Fact]
    public void LargestRealisticPrompt_ShippedContent_IsUnder2000Tokens()
    {
        var settings = new KnowledgeOptions();
        var longest = KnowledgeTestServices.Shipped.OrderByDescending(e => e.Body.Length).Take(settings.TopK).Select(e => new SearchHit(e, 1)).ToList();
        var prompt = Build(settings, longest);
        Report("shipped content, 3 longest entries, 600-character question", prompt);
        Assert.Equal(settings.TopK, prompt.Passages.Count);
        Assert.True(prompt.Tokens < Limit);
    }

    [Fact]
    public void LargestRealisticPrompt_FullSizeAdminChunks_IsUnder2000Tokens()
    {
        var settings = new KnowledgeOptions();
        var prompt = Build(settings, AdminPassages(settings.TopK, settings.MaxChunkChars));
        Report("3 admin chunks of 1,000 characters, 600-character question", prompt);
        Assert.Equal(settings.TopK, prompt.Passages.Count);
        Assert.True(prompt.Tokens < Limit);
    }

    [Fact]
    public void TooManyPassages_AreDroppedUntilThePromptFitsTheBudget()
    {
        var settings = new KnowledgeOptions { TopK = 8, MaxChunkChars = 2000 };
        var prompt = Build(settings, AdminPassages(8, 2000));
        Report("8 admin chunks of 2,000 characters offered", prompt);
        Assert.InRange(prompt.Passages.Count, 1, 7);
        Assert.True(prompt.Tokens <= settings.MaxPromptTokens);
        Assert.Equal(prompt.Tokens, Counter.Count(prompt.Messages[0].Text) + Counter.Count(prompt.Messages[1].Text));
    }

    [Fact]
    public void SystemPrompt_Size_IsReported()
    {
        var tokens = Counter.Count(PromptBuilder.SystemPrompt);
        output.WriteLine($"System prompt: {tokens} tokens");
        Assert.InRange(tokens, 100, 600);
    }

    private static ChatPrompt Build(KnowledgeOptions settings, IReadOnlyList<SearchHit> passages)
    {
        var builder = new PromptBuilder(Counter, Microsoft.Extensions.Options.Options.Create(settings));
        var question = string.Concat(Enumerable.Repeat("What must I do if I learn of a serious violation in the field office? ", 10));
        return builder.Build(question, passages);
    }

    private static List<SearchHit> AdminPassages(int count, int chars)
    {
        var text = string.Concat(Enumerable.Repeat("Staff of the entity report human rights concerns to the focal point of the country office within two days. ", 30))[..chars];
        return Enumerable.Range(1, count).Select(i => new SearchHit(new KnowledgeEntry($"admin:{i}", $"Section {i}", text,
            new Citation($"entity-guide-{i}.md", null, $"Section {i}", $"ADMIN {i}", $"admin:{i}", $"entity-guide-{i}.md", $"Section {i}"), [], [Audience.AllStaff], IsAdminDocument: true), 1)).ToList();
    }

    private void Report(string what, ChatPrompt prompt)
    {
        var line = $"Prompt tokens (o200k_base), {what}: {prompt.Tokens} with {prompt.Passages.Count} passages (limit {Limit})";
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
