using RufaBot.Concerns;

namespace RufaBot.Escalation.Files;

/// <summary>File download events (6350-6359): ids and roles only, never a file's name or content.</summary>
internal static partial class Log
{
    [LoggerMessage(6350, LogLevel.Information, "A {Role} downloaded a file of concern {ConcernId}")]
    public static partial void Downloaded(ILogger logger, Guid concernId, ConcernRole role);

    [LoggerMessage(6351, LogLevel.Warning, "A file download link was refused ({Reason}); nothing was sent")]
    public static partial void LinkRefused(ILogger logger, string reason);

    [LoggerMessage(6352, LogLevel.Information, "A {Role} was given download links for {Count} file(s) of concern {ConcernId}")]
    public static partial void LinksGiven(ILogger logger, Guid concernId, ConcernRole role, int count);
}
