namespace RufaBot.Knowledge;

/// <summary>Settings of the knowledge base and of answers, bound from the <c>Knowledge</c> section.</summary>
internal sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Folder of the shipped content files; relative paths are under the app's base directory.</summary>
    public string ContentFolder { get; set; } = Path.Combine("Knowledge", "Content");

    /// <summary>Folder of the source documents and seeds.json; relative paths are under the app's base directory.</summary>
    public string SeedsFolder { get; set; } = Path.Combine("Knowledge", "Seeds");

    /// <summary>Folder of the entity's own Markdown or text documents; empty = none.</summary>
    public string? AdminDocumentsFolder { get; set; }

    /// <summary>Passages shown in an extractive answer and given to the model.</summary>
    public int TopK { get; set; } = 3;

    /// <summary>
    /// A passage is kept only if its score is at least this share of the best score: a passage far below the best
    /// shares a word or two with the question, not its subject. 0.6 changes none of the evaluation's figures.
    /// </summary>
    public double MinRelativeScore { get; set; } = 0.6;

    /// <summary>
    /// BM25 floor: below it a passage is not a match. 4.5 is above what a single rare word matched only in a body
    /// scores, so "leave entitlements" gets "not found" rather than a passage that merely mentions "leave".
    /// </summary>
    public double MinScore { get; set; } = 4.5;

    /// <summary>
    /// The share of a question's own words the best passage must cover (its BM25 score over the most those words
    /// could score; a word the documents never use counts as the rarest). Below it RufaBot says the documents do
    /// not answer. Set from the evaluation in docs/knowledge.md.
    /// </summary>
    public double MinCoverage { get; set; } = 0.35;

    /// <summary>Longest passage text quoted in an extractive answer, cut at a sentence boundary.</summary>
    public int MaxQuoteChars { get; set; } = 420;

    /// <summary>Longest admin document chunk.</summary>
    public int MaxChunkChars { get; set; } = 1000;

    /// <summary>Admin files larger than this are skipped.</summary>
    public long MaxAdminFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Token budget of a whole prompt to the model (system, passages and question).</summary>
    public int MaxPromptTokens { get; set; } = 1900;

    /// <summary>Longest question passed on, in characters.</summary>
    public int MaxQuestionChars { get; set; } = 600;

    /// <summary>How long to wait for the model before answering extractively.</summary>
    public TimeSpan ModelTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>BM25 candidates re-ranked when embeddings are configured.</summary>
    public int EmbeddingCandidates { get; set; } = 12;

    /// <summary>Share of the embedding similarity in the blended score (0 = BM25 only, 1 = embeddings only).</summary>
    public double EmbeddingWeight { get; set; } = 0.5;
}
