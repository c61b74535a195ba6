using BotProtocol;
using BotProtocol.Redis;

namespace RufaBot.Hosting;

/// <summary>
/// The protocol library under RufaBot's names. Its own defaults are neutral; these are the names deployed dashboards,
/// alerts and Redis keys already use, so an upgrade changes none of them (docs/operations.md lists the metrics).
/// </summary>
internal static class ProtocolExtensions
{
    public const string TelemetryName = "RufaBot.Protocol";
    public const string MetricPrefix = "rufabot.";
    public const string LockKeyPrefix = "rufa:lock:";
    public const string SeenKeyPrefix = "rufa:seen:";

    public static WebApplicationBuilder AddRufaProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotProtocol();
        builder.Services.Configure<BotTelemetryOptions>(names =>
        {
            names.Name = TelemetryName;
            names.MetricPrefix = MetricPrefix;
        });
        return builder;
    }

    /// <summary>Turn locks and de-duplication in the Redis that holds conversation state (several instances).</summary>
    public static IServiceCollection AddRufaRedisTurnCoordination(this IServiceCollection services) =>
        services.AddRedisTurnCoordination(keys =>
        {
            keys.LockKeyPrefix = LockKeyPrefix;
            keys.SeenKeyPrefix = SeenKeyPrefix;
        });
}
