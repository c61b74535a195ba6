using RufaBot.Knowledge.Text;

namespace RufaBot.Tests.Knowledge;

public sealed class EmbeddingRerankTests
{
    private const string Question = "What is a light team?";

    [Fact]
    public async Task WithEmbeddings_BM25CandidatesAreReRankedByTheBlend()
    {
        var bm25 = await new KnowledgeTestServices().Retriever.RetrieveAsync(Question, Language.English, 3, CancellationToken.None);
        // Only item 10.2 talks of "outreach": the fake puts it next to the question, so the blend lifts it above 10.1.
        var embeddings = new FakeEmbeddingGenerator("outreach", Question);
        var blended = await new KnowledgeTestServices(embeddings: embeddings).Retriever.RetrieveAsync(Question, Language.English, 3, CancellationToken.None);

        Assert.Equal("dap-10.1", bm25[0].Entry.Id);
        Assert.Equal("dap-10.2", blended[0].Entry.Id);
        Assert.Equal(1, embeddings.Calls);
    }

    [Fact]
    public async Task PassageVectorsAreCached_BetweenQuestions()
    {
        var embeddings = new FakeEmbeddingGenerator("x");
        var services = new KnowledgeTestServices(embeddings: embeddings);
        await services.Retriever.RetrieveAsync(Question, Language.English, 3, CancellationToken.None);
        await services.Retriever.RetrieveAsync(Question, Language.English, 3, CancellationToken.None);
        Assert.Equal(2, embeddings.Calls);
    }

    [Fact]
    public async Task WhenEmbeddingsFail_RetrievalFallsBackToBM25()
    {
        var bm25 = await new KnowledgeTestServices().Retriever.RetrieveAsync(Question, Language.English, 3, CancellationToken.None);
        var failing = await new KnowledgeTestServices(embeddings: new FakeEmbeddingGenerator("x", fail: true)).Retriever.RetrieveAsync(Question, Language.English, 3, CancellationToken.None);
        Assert.Equal(bm25.Select(h => h.Entry.Id), failing.Select(h => h.Entry.Id));
    }
}
