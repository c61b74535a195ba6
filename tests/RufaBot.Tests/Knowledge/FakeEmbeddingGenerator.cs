using Microsoft.Extensions.AI;

namespace RufaBot.Tests.Knowledge;

/// <summary>
/// Embeds the question, and any text containing the marker word, as one direction and everything else as another,
/// so passages with the marker look semantically closest to the question. Can be told to fail.
/// </summary>
internal sealed class FakeEmbeddingGenerator(string marker, string? question = null, bool fail = false) : IEmbeddingGenerator<string, Embedding<float>>
{
    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (fail)
            throw new HttpRequestException("embedding service down");
        var vectors = values.Select(v => new Embedding<float>(v.Contains(marker, StringComparison.OrdinalIgnoreCase) || v == question ? new[] { 1f, 0f } : [0f, 1f]));
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}
