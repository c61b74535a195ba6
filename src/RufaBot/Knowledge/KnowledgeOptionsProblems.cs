namespace RufaBot.Knowledge;

/// <summary>What is wrong with <see cref="KnowledgeOptions"/>, if anything.</summary>
internal static class KnowledgeOptionsProblems
{
    public static IEnumerable<string> Of(KnowledgeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ContentFolder))
            yield return "Knowledge:ContentFolder is required: set it to the knowledge base folder (default Knowledge/Content, relative to the app folder).";
        if (string.IsNullOrWhiteSpace(options.SeedsFolder))
            yield return "Knowledge:SeedsFolder is required: set it to the folder of the source documents (default Knowledge/Seeds, relative to the app folder).";
        if (options.TopK is < 1 or > 8)
            yield return "Knowledge:TopK must be between 1 and 8 (default 3).";
        if (options.MinRelativeScore is < 0 or > 1)
            yield return "Knowledge:MinRelativeScore must be between 0 and 1 (default 0.6).";
        if (options.MinCoverage is < 0 or > 1)
            yield return "Knowledge:MinCoverage must be between 0 and 1 (default 0.35).";
        if (options.MaxPromptTokens is < 500 or > 2000)
            yield return "Knowledge:MaxPromptTokens must be between 500 and 2000 (default 1900).";
        if (options.MaxChunkChars is < 200 or > 4000)
            yield return "Knowledge:MaxChunkChars must be between 200 and 4000 (default 1000).";
        if (options.MaxQuoteChars < 80)
            yield return "Knowledge:MaxQuoteChars must be at least 80 (default 420).";
        if (options.EmbeddingWeight is < 0 or > 1)
            yield return "Knowledge:EmbeddingWeight must be between 0 and 1 (default 0.5).";
        if (options.ModelTimeout <= TimeSpan.Zero)
            yield return "Knowledge:ModelTimeout must be a positive time span, e.g. 00:00:20 (the default).";
    }
}
