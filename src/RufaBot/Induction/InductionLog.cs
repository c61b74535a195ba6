namespace RufaBot.Induction;

/// <summary>Induction log events: record ids, counts and exception types only, never names or entities.</summary>
internal static partial class InductionLog
{
    [LoggerMessage(7650, LogLevel.Information, "Induction completion {RecordId} stored with {Correct}/{Questions}")]
    public static partial void Completed(ILogger logger, long recordId, int correct, int questions);

    [LoggerMessage(7651, LogLevel.Warning, "Induction records unavailable ({ExceptionType}); the user was asked to retry")]
    public static partial void RecordFailed(ILogger logger, string exceptionType);

    [LoggerMessage(7652, LogLevel.Information, "Induction export of {Count} completions by an administrator ({Where})")]
    public static partial void Exported(ILogger logger, int count, string where);

    [LoggerMessage(7653, LogLevel.Warning, "Induction export refused: the sender is not an administrator")]
    public static partial void ExportRefused(ILogger logger);
}
