using System.Buffers;

namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// Okapi BM25 over weighted fields (a simple BM25F: a title term counts more than a body term). Built once at
/// start-up, then read-only and safe to share across threads. Scoring touches only the postings of the query terms.
/// </summary>
internal sealed class Bm25Index
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private readonly Dictionary<string, int> _termIds;
    private readonly (int Doc, float Tf)[][] _postings;
    private readonly float[] _idf;
    private readonly float[] _lengthNorm;

    public Bm25Index(IReadOnlyList<IReadOnlyList<(string Term, float Weight)>> documents)
    {
        DocumentCount = documents.Count;
        _termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<Dictionary<int, float>>();
        var lengths = new float[documents.Count];
        for (var doc = 0; doc < documents.Count; doc++)
        {
            foreach (var (term, weight) in documents[doc])
            {
                if (!_termIds.TryGetValue(term, out var id))
                {
                    id = postings.Count;
                    _termIds.Add(term, id);
                    postings.Add([]);
                }
                postings[id][doc] = postings[id].GetValueOrDefault(doc) + weight;
                lengths[doc] += weight;
            }
        }
        var average = documents.Count == 0 ? 1f : Math.Max(1f, lengths.Average());
        _lengthNorm = lengths.Select(length => K1 * (1 - B + B * length / average)).ToArray();
        _postings = postings.Select(p => p.Select(kv => (kv.Key, kv.Value)).ToArray()).ToArray();
        _idf = _postings.Select(p => (float)Math.Log(1 + (DocumentCount - p.Length + 0.5) / (p.Length + 0.5))).ToArray();
        MaxIdf = _idf.Length == 0 ? 1f : _idf.Max();
    }

    public int DocumentCount { get; }

    public int TermCount => _termIds.Count;

    /// <summary>The best <paramref name="top"/> documents with a positive score, best first.</summary>
    public List<(int Doc, float Score)> Search(IEnumerable<string> queryTerms, int top) =>
        Search(queryTerms.Select(t => (t, 1f)), top);

    /// <summary>As above, each query term counting with its weight (a term given twice counts once, at its highest weight).</summary>
    public List<(int Doc, float Score)> Search(IEnumerable<(string Term, float Weight)> queryTerms, int top)
    {
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, DocumentCount));
        Array.Clear(scores, 0, DocumentCount);
        try
        {
            var weights = new Dictionary<int, float>();
            foreach (var (term, weight) in queryTerms)
                if (_termIds.TryGetValue(term, out var id))
                    weights[id] = Math.Max(weight, weights.GetValueOrDefault(id));
            foreach (var (id, weight) in weights)
            {
                var idf = _idf[id] * weight;
                foreach (var (doc, tf) in _postings[id])
                    scores[doc] += idf * tf * (K1 + 1) / (tf + _lengthNorm[doc]);
            }
            return TopScores(scores, top);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    public bool Contains(string term) => _termIds.ContainsKey(term);

    /// <summary>The inverse document frequency of a term; an unknown term is as rare as the rarest.</summary>
    public float Idf(string term) => _termIds.TryGetValue(term, out var id) ? _idf[id] : MaxIdf;

    public float MaxIdf { get; }

    /// <summary>The most a term can add to a score: its idf times (k1 + 1), reached by a long run of it in a short document.</summary>
    public static float Ceiling(float idf) => idf * (K1 + 1);

    private List<(int Doc, float Score)> TopScores(float[] scores, int top)
    {
        var best = new List<(int Doc, float Score)>(top + 1);
        for (var doc = 0; doc < DocumentCount; doc++)
        {
            var score = scores[doc];
            if (score <= 0 || (best.Count == top && score <= best[^1].Score))
                continue;
            var at = best.Count;
            while (at > 0 && best[at - 1].Score < score) at--;
            best.Insert(at, (doc, score));
            if (best.Count > top) best.RemoveAt(top);
        }
        return best;
    }
}
