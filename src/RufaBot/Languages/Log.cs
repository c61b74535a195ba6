namespace RufaBot.Languages;

/// <summary>Language log events. Never the message, nor whose language it is.</summary>
internal static partial class Log
{
    [LoggerMessage(6900, LogLevel.Warning, "A person's remembered language could not be read or kept ({Error}); this turn uses the client's")]
    public static partial void PreferenceUnavailable(ILogger logger, string error);
}
