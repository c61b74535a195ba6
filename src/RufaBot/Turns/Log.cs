namespace RufaBot.Turns;

/// <summary>Turn log events. Never message text or answers.</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Conversation state changed under turn (attempt {Attempt}); deciding again on the fresh state")]
    public static partial void StateConflict(ILogger logger, int attempt);

    [LoggerMessage(5001, LogLevel.Information, "Loaded {Count} dialogs in languages {Languages}")]
    public static partial void DialogsLoaded(ILogger logger, int count, string languages);

    [LoggerMessage(5002, LogLevel.Error, "A completed intake could not be stored; the draft is kept for a retry")]
    public static partial void SubmitFailed(ILogger logger, Exception exception);

    [LoggerMessage(5003, LogLevel.Warning, "A completed intake came from Teams without the sender's Entra object id; not stored, the draft is kept")]
    public static partial void SubmitWithoutIdentity(ILogger logger);

    [LoggerMessage(5004, LogLevel.Warning, "Emergency alert raised at once from an intake (a route existed: {Routed})")]
    public static partial void EmergencyRaised(ILogger logger, bool routed);

    [LoggerMessage(5005, LogLevel.Error, "Emergency alert could not be stored; the reporter was told to contact security directly")]
    public static partial void EmergencyNotStored(ILogger logger, Exception exception);

    [LoggerMessage(5006, LogLevel.Error, "Emergency alert from Teams without the sender's Entra object id; nobody alerted, the reporter was told to contact security directly")]
    public static partial void EmergencyWithoutIdentity(ILogger logger);

    [LoggerMessage(5007, LogLevel.Warning, "An answered question card could not be closed ({Status}); it stays as it was")]
    public static partial void CardNotClosed(ILogger logger, int status);
}
