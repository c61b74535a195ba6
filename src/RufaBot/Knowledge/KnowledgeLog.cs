namespace RufaBot.Knowledge;

/// <summary>Knowledge events. Questions and answers are never logged: a question may describe a concern.</summary>
internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Knowledge base ready: {Passages} source passages, {Entries} curated entries, {AdminChunks} admin document chunks, {Terms} terms; answers {Mode}")]
    public static partial void Ready(ILogger logger, int passages, int entries, int adminChunks, int terms, string mode);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Admin documents folder {Folder} does not exist; no admin documents loaded")]
    public static partial void AdminFolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Model answer rejected ({Reason}); answering extractively")]
    public static partial void GeneratedAnswerRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Model call failed ({Error}); answering extractively")]
    public static partial void ModelFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Embedding call failed ({Error}); using BM25 order")]
    public static partial void EmbeddingsFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Answer {AnswerId}: {Mode}, {Citations} citations, concern-like {LooksLikeConcern}")]
    public static partial void Answered(ILogger logger, string answerId, string mode, int citations, bool looksLikeConcern);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Debug, Message = "Prompt of {Tokens} tokens with {Passages} passages")]
    public static partial void PromptBuilt(ILogger logger, int tokens, int passages);
}
