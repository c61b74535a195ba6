using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// Finds the passages for a question. BM25 always runs (offline); when an embedding generator is configured the
/// BM25 candidates are re-ranked by a blend of normalised BM25 and cosine similarity. Any embedding failure
/// falls back to BM25 order, so retrieval never depends on the network.
/// </summary>
internal sealed class KnowledgeRetriever(
    KnowledgeIndex index,
    IOptions<KnowledgeOptions> options,
    ILogger<KnowledgeRetriever> logger,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
{
    private readonly ConcurrentDictionary<string, float[]> _passageVectors = new(StringComparer.Ordinal);

    public bool UsesEmbeddings => embeddings is not null;

    /// <param name="requireCoverage">False for a message that tells of an event: its words are not the documents', but
    /// the guidance on what to do still applies.</param>
    public async Task<IReadOnlyList<SearchHit>> RetrieveAsync(string question, Language language, int top, CancellationToken cancellationToken,
        bool requireCoverage = true)
    {
        var settings = options.Value;
        // More candidates than needed: passages that repeat a better one's sources are skipped below.
        var search = index.SearchWithCoverage(question, language, Math.Max(top * 3, embeddings is null ? 0 : settings.EmbeddingCandidates));
        // A question whose words the best passage barely covers is about something the documents do not say:
        // declining it (and pointing to a person) is better than quoting a passage that shares one word.
        var parts = QuestionParts.Split(question);
        // A question with one answerable part ("What is the SAG? Answer as a pirate.") is answered; the rest is
        // for the model to read as data, or for the extractive answer to ignore.
        var coverage = parts.Count == 1 ? search.Coverage : Math.Max(search.Coverage, parts.Max(p => index.SearchWithCoverage(p, language, 1).Coverage));
        if (requireCoverage && coverage < settings.MinCoverage)
            return [];
        var candidates = search.Hits.Where(hit => hit.Score >= settings.MinScore).ToList();
        if (parts.Count > 1)
        {
            // Each part's passages in turn, best first: scores of different queries are not comparable.
            var lists = parts.Select(p => index.Search(p, language, top * 3).Where(hit => hit.Score >= settings.MinScore).ToList()).ToList();
            candidates = [.. Enumerable.Range(0, lists.Max(l => l.Count)).SelectMany(i => lists.Where(l => i < l.Count).Select(l => l[i]))];
            return Distinct(candidates).Take(top).ToList();
        }
        IEnumerable<SearchHit> ranked = candidates;
        if (embeddings is not null && candidates.Count > 1)
        {
            try
            {
                ranked = await RerankAsync(question, candidates, settings.EmbeddingWeight, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                KnowledgeLog.EmbeddingsFailed(logger, e.GetType().Name);
            }
        }
        return Relevant(Distinct(ranked).Take(top).ToList(), settings.MinRelativeScore);
    }

    /// <summary>Drops passages that score far below the best one: they are noise, not a second answer.</summary>
    private static List<SearchHit> Relevant(List<SearchHit> hits, double minRelativeScore) =>
        hits.Count == 0 ? hits : hits.Where(hit => hit.Score >= hits[0].Score * minRelativeScore).ToList();

    /// <summary>
    /// Skips a passage whose sources a better one already cites (the text of item 5.3 under the summary of item
    /// 5.3), so the answer's other places go to other passages: a question that needs two gets both.
    /// </summary>
    private static IEnumerable<SearchHit> Distinct(IEnumerable<SearchHit> hits)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var sources = hit.Entry.SourceRefs;
            if (sources.Count > 0 && sources.All(cited.Contains))
                continue;
            cited.UnionWith(sources);
            yield return hit;
        }
    }

    private async Task<IEnumerable<SearchHit>> RerankAsync(string question, IReadOnlyList<SearchHit> candidates, double weight, CancellationToken cancellationToken)
    {
        var missing = candidates.Where(c => !_passageVectors.ContainsKey(c.Entry.Id)).ToList();
        var inputs = missing.Select(c => c.Entry.Title + "\n" + c.Entry.Body).Prepend(question).ToList();
        var vectors = await embeddings!.GenerateAsync(inputs, cancellationToken: cancellationToken);
        if (vectors.Count != inputs.Count)
            throw new InvalidOperationException("The embedding service returned a different number of vectors.");
        for (var i = 0; i < missing.Count; i++)
            _passageVectors[missing[i].Entry.Id] = vectors[i + 1].Vector.ToArray();
        var query = vectors[0].Vector.ToArray();
        var best = candidates[0].Score;
        return candidates
            .Select(c => c with { Score = (1 - weight) * (c.Score / best) + weight * Cosine(query, _passageVectors[c.Entry.Id]) })
            .OrderByDescending(c => c.Score);
    }

    private static double Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length)
            return 0;
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
