using RufaBot.Concerns.Intake;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// Concern and storage log events (6000-6999). Never concern text or identities. Reporter-side events carry no
/// reference or concern id, and are Debug only: the turn's log scope holds the reporter's conversation id, so even
/// "a concern was stored" at a given minute, next to a concern's creation time, would tell who reported what.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Debug, "Concern stored at tier {Tier}, severity {Severity}, consent {Consent}")]
    public static partial void ConcernSubmitted(ILogger logger, EscalationTier tier, Assessment.Severity severity, ConsentMode consent);

    [LoggerMessage(6001, LogLevel.Debug, "A repeated submission found the concern its draft already stored")]
    public static partial void SubmissionRepeated(ILogger logger);

    [LoggerMessage(6002, LogLevel.Debug, "Reporter added information to a concern")]
    public static partial void InformationAdded(ILogger logger);

    [LoggerMessage(6012, LogLevel.Debug, "Reporter sent {Count} file(s) with a concern")]
    public static partial void FilesAdded(ILogger logger, int count);

    [LoggerMessage(6003, LogLevel.Debug, "Concern changed meanwhile (attempt {Attempt}); applying the change to the fresh copy")]
    public static partial void ConcurrentChange(ILogger logger, int attempt);

    [LoggerMessage(6004, LogLevel.Error, "The concern database is unavailable; nothing was stored")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(6005, LogLevel.Debug, "Emergency concern completed with its details: severity {Severity}, consent {Consent}")]
    public static partial void DetailsCompleted(ILogger logger, Assessment.Severity severity, ConsentMode consent);

    [LoggerMessage(6006, LogLevel.Debug, "A reporter link was cut ({Reason})")]
    public static partial void ReporterLinkCut(ILogger logger, string reason);

    [LoggerMessage(6007, LogLevel.Debug, "A follow-up by reference and passphrase matched no unlinked concern")]
    public static partial void FollowUpRefused(ILogger logger);

    [LoggerMessage(6100, LogLevel.Information, "Concern {ConcernId} read by a {Role}")]
    public static partial void ConcernViewed(ILogger logger, Guid concernId, ConcernRole role);

    [LoggerMessage(6101, LogLevel.Warning, "Reporter identity of concern {ConcernId} shown to a {Role}")]
    public static partial void IdentityRevealed(ILogger logger, Guid concernId, ConcernRole role);

    [LoggerMessage(6102, LogLevel.Warning, "Reporter identity of concern {ConcernId} ({Consent}) withheld from a {Role}")]
    public static partial void IdentityWithheld(ILogger logger, Guid concernId, ConcernRole role, ConsentMode consent);

    [LoggerMessage(6200, LogLevel.Information, "{Provider} database ready ({Applied} migrations applied)")]
    public static partial void DatabaseReady(ILogger logger, StorageProvider provider, int applied);

    [LoggerMessage(6201, LogLevel.Information, "{Provider} database not migrated at start-up (Storage:MigrateOnStartup is false)")]
    public static partial void MigrationsSkipped(ILogger logger, StorageProvider provider);

    [LoggerMessage(6202, LogLevel.Warning, "Concerns:ReporterKeySecret is not set; using the development secret kept in {Path}. Set it from a vault in production: whoever has it can link reporters to their concerns, and changing it disconnects them")]
    public static partial void ReporterSecretGenerated(ILogger logger, string path);

    [LoggerMessage(6203, LogLevel.Warning, "Concerns:ReporterKeySecret is not set and the database is in memory; using a random secret for this process")]
    public static partial void ReporterSecretEphemeral(ILogger logger);
}
