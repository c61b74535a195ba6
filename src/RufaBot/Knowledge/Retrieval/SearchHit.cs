namespace RufaBot.Knowledge.Retrieval;

/// <summary>A retrieved passage and its score (BM25, or the blended score when embeddings are on).</summary>
internal sealed record SearchHit(KnowledgeEntry Entry, double Score);
