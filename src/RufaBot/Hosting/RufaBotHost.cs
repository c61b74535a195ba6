using RufaBot.Administration;
using RufaBot.Concerns;
using RufaBot.Concerns.Retention;
using RufaBot.Diagnostics;
using RufaBot.EarlyWarning;
using RufaBot.Escalation;
using RufaBot.Induction;
using RufaBot.Knowledge;
using RufaBot.Languages;
using RufaBot.MyConcerns;
using BotProtocol;
using RufaBot.RateLimiting;
using RufaBot.Turns;
using RufaBot.Web;

namespace RufaBot.Hosting;

/// <summary>
/// The whole bot as one web application: every feature's services, then the endpoints. Program.cs runs it; tools and
/// tests that need the real host without a process of its own build it here, and may change services first.
/// </summary>
internal static class RufaBotHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddRufaTelemetry();
        builder.AddBackgroundWorkGate();
        builder.AddConversationState();
        builder.AddRufaProtocol();
        builder.AddAdministration();
        builder.AddConcerns();
        builder.AddConcernRetention();
        builder.AddKnowledge();
        builder.AddTurns();
        builder.AddMyConcerns();
        builder.AddInduction();
        builder.AddEscalationInfrastructure();
        builder.AddEscalationActions();
        builder.AddEarlyWarning();
        builder.AddRateLimiting();
        builder.AddRufaDiagnostics();
        builder.AddWebDoor();
        builder.AddLanguages();
        customize?.Invoke(builder);

        var app = builder.Build();

        app.UseRufaRateLimiting();
        app.MapBotEndpoint().RequireRateLimiting(RateLimitingExtensions.EndpointPolicy).GivesWayToPeople();
        app.MapRufaHealthChecks();
        app.MapRufaDiagnostics();
        app.MapWebDoor();
        app.MapEarlyWarning();
        app.MapFileDownloads();
        return app;
    }
}
