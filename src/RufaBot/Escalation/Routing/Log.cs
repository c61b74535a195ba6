namespace RufaBot.Escalation.Routing;

/// <summary>Routing log events (7540-7549).</summary>
internal static partial class Log
{
    [LoggerMessage(7540, LogLevel.Warning, "No B0 (emergency) route is configured: a reporter who says someone is in immediate danger alerts nobody and is told to call security directly. Set Escalation:Routing:Tiers:B0 to the security focal point or the security team's channel")]
    public static partial void NoEmergencyRoute(ILogger logger);

    [LoggerMessage(7541, LogLevel.Warning, "Whether an emergency (B0) route exists could not be checked at start-up ({Failure}); /readyz reports it")]
    public static partial void EmergencyRouteUnknown(ILogger logger, string failure);
}
