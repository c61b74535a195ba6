using RufaBot.Concerns;
using RufaBot.Escalation.Routing;

namespace RufaBot.Escalation.Registration;

/// <summary>Routing registration log events (7500-7519): tiers and scopes only, never names.</summary>
internal static partial class Log
{
    [LoggerMessage(7500, LogLevel.Warning, "A routing registration was refused: the sender is not an administrator")]
    public static partial void RegistrationRefused(ILogger logger);

    [LoggerMessage(7501, LogLevel.Information, "Routing registration stored for {Tier} {Scope} (channel: {IsChannel})")]
    public static partial void Registered(ILogger logger, EscalationTier tier, RouteScope scope, bool isChannel);

    [LoggerMessage(7502, LogLevel.Error, "A routing registration could not be stored ({Failure}); nothing changed")]
    public static partial void RegistrationFailed(ILogger logger, string failure);
}
