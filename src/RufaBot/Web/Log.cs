namespace RufaBot.Web;

/// <summary>
/// Web door log events (8100-8149). Never an address, a user agent, a referrer, a reference or anything the person
/// wrote: the door's whole promise is that nothing recorded leads to them.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(8100, LogLevel.Information, "Web door open at {Path} (host: {Host})")]
    public static partial void Open(ILogger logger, string path, string host);

    [LoggerMessage(8101, LogLevel.Debug, "Web door form could not be read (expired, tampered or from another key ring)")]
    public static partial void StateRefused(ILogger logger);

    [LoggerMessage(8102, LogLevel.Information, "Web door concern submitted (routed: {Routed})")]
    public static partial void Submitted(ILogger logger, bool routed);

    [LoggerMessage(8103, LogLevel.Warning, "Web door concern could not be stored")]
    public static partial void SubmitFailed(ILogger logger, Exception exception);

    [LoggerMessage(8104, LogLevel.Information, "Web door emergency raised (routed: {Routed})")]
    public static partial void EmergencyRaised(ILogger logger, bool routed);

    [LoggerMessage(8105, LogLevel.Warning, "Web door emergency could not be stored")]
    public static partial void EmergencyFailed(ILogger logger, Exception exception);

    [LoggerMessage(8106, LogLevel.Information, "Web door follow-up refused; wrong attempts for that reference in the window: {Failures}")]
    public static partial void FollowUpRefused(ILogger logger, int failures);

    [LoggerMessage(8107, LogLevel.Warning, "Web door follow-up: a reference is locked after too many wrong passphrases")]
    public static partial void FollowUpLocked(ILogger logger);

    [LoggerMessage(8108, LogLevel.Warning, "Web door request refused with 429: the door's overall limit was reached")]
    public static partial void TooMany(ILogger logger);

    [LoggerMessage(8109, LogLevel.Information, "Web door follow-up refused before reading: the post was larger than the door takes")]
    public static partial void UploadTooLarge(ILogger logger);

    [LoggerMessage(8110, LogLevel.Information, "Web door follow-up: {Count} file problem(s); nothing was added")]
    public static partial void FilesRefused(ILogger logger, int count);
}
