using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Loading;
using RufaBot.Knowledge.Prompts;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Knowledge.Seeds;

namespace RufaBot.Tests.Knowledge;

/// <summary>The knowledge services wired by hand over the shipped content (plus any extra entries), without a web host.</summary>
internal sealed class KnowledgeTestServices
{
    private static readonly Lazy<SeedLibrary> SeedPassages = new(() => SeedLibrary.Load(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Seeds")));

    private static readonly Lazy<List<KnowledgeEntry>> ShippedEntries = new(() =>
        ContentLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Content"), SeedPassages.Value));

    public KnowledgeTestServices(IEnumerable<KnowledgeEntry>? extraEntries = null, IChatClient? chat = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, KnowledgeOptions? options = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(options ?? new KnowledgeOptions());
        Index = new KnowledgeIndex([.. Seeds.Entries(), .. Shipped, .. extraEntries ?? []]);
        Retriever = new KnowledgeRetriever(Index, Options, NullLogger<KnowledgeRetriever>.Instance, embeddings);
        Prompts = new PromptBuilder(new PromptTokenCounter(), Options);
        Answers = new AnswerService(Retriever, new ExtractiveAnswerer(Options, Texts, Seeds), Prompts, Options, NullLogger<AnswerService>.Instance, chat);
    }

    /// <summary>The answers' fixed texts from the shipped string tables.</summary>
    public static AnswerTexts Texts { get; } = new(RufaBot.Dialogs.FlowLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    /// <summary>The curated entries of Knowledge/Content (not the source passages).</summary>
    public static IReadOnlyList<KnowledgeEntry> Shipped => ShippedEntries.Value;

    public static SeedLibrary Seeds => SeedPassages.Value;

    public IOptions<KnowledgeOptions> Options { get; }
    public KnowledgeIndex Index { get; }
    public KnowledgeRetriever Retriever { get; }
    public PromptBuilder Prompts { get; }
    public AnswerService Answers { get; }
}
