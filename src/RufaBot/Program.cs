using RufaBot.Administration;
using RufaBot.Cli;
using RufaBot.Concerns;
using RufaBot.Concerns.Retention;
using RufaBot.Diagnostics;
using RufaBot.Escalation;
using RufaBot.Hosting;
using RufaBot.Induction;
using RufaBot.Knowledge;
using RufaBot.MyConcerns;
using RufaBot.Protocol;
using RufaBot.RateLimiting;
using RufaBot.Turns;

if (await RufaCli.TryRunAsync(args))
    return;

var builder = WebApplication.CreateBuilder(args);

builder.AddRufaTelemetry();
builder.AddConversationState();
builder.Services.AddBotProtocol();
builder.AddAdministration();
builder.AddConcerns();
builder.AddConcernRetention();
builder.AddKnowledge();
builder.AddTurns();
builder.AddMyConcerns();
builder.AddInduction();
builder.AddEscalationInfrastructure();
builder.AddEscalationActions();
builder.AddRateLimiting();
builder.AddRufaDiagnostics();

var app = builder.Build();

app.UseRufaRateLimiting();
app.MapBotEndpoint().RequireRateLimiting(RateLimitingExtensions.EndpointPolicy);
app.MapRufaHealthChecks();
app.MapRufaDiagnostics();

app.Run();

/// <summary>Entry point; public so tests can host the real app.</summary>
public partial class Program;
