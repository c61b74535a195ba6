using Microsoft.Extensions.DependencyInjection.Extensions;
using RufaBot.Concerns;
using RufaBot.Escalation.Actions;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Files;
using RufaBot.Escalation.Notifications;
using RufaBot.Escalation.Pending;
using RufaBot.Hosting;
using RufaBot.Turns;

namespace RufaBot.Escalation;

/// <summary>
/// The focal points' side: the escalation card, its actions (the <c>adaptiveCard/action</c> invoke), routing of new
/// concerns, the reporter's notices and answers, and "pending". Needs the routing, outbox and reach services of
/// <c>AddEscalationInfrastructure</c>.
/// </summary>
internal static class EscalationActionsExtensions
{
    public static WebApplicationBuilder AddEscalationActions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<EscalationCard>();
        services.AddSingleton<CardDeadlines>();
        services.AddSingleton<TierAssignment>();
        services.AddSingleton<CardCopies>();
        services.AddSingleton<ReporterNotices>();
        services.AddSingleton<ReporterChatRecords>();
        // Replaces the storage-only default of AddConcerns: from now on a stored change routes and queues cards.
        services.Replace(ServiceDescriptor.Singleton<IConcernChanges, ConcernChanges>());
        services.AddOptions<FileLinkOptions>().BindConfiguration(FileLinkOptions.Section)
            .Validate(FileLinkOptions.IsValid, "FileLinks: Lifetime must be positive and at most an hour; PublicAddress, when set, an absolute http(s) address.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<SignedTokens>();
        services.AddSingleton<FileLinks>();
        services.AddSingleton<CardActionService>();
        services.AddSingleton<PendingList>();
        services.AddSingleton<CardActionInvoke>();
        services.AddSingleton<IChatCommand, ReporterAnswerCommand>();
        services.AddSingleton<IChatCommand, PendingCommand>();
        return builder;
    }

    /// <summary><c>GET /files/{id}</c>: a reporter's file, by a link the card gave (<see cref="FileLinks"/>).</summary>
    public static WebApplication MapFileDownloads(this WebApplication app)
    {
        app.MapGet(FileLinks.Path + "/{id:guid}", FileDownloads.GetAsync).ExcludeFromDescription();
        return app;
    }
}
