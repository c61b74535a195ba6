using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RufaBot.Cards;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>Registers RufaBot's turn logic and the dialogs it runs.</summary>
internal static class TurnsExtensions
{
    public static WebApplicationBuilder AddTurns(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationOptions>().BindConfiguration("Conversations")
            .Validate(o => o.DraftIdleTimeout > TimeSpan.Zero, "Conversations:DraftIdleTimeout must be a positive time span, e.g. 7.00:00:00 for 7 days (the default).").ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Loading validates every dialog file: a broken one stops start-up with file, JSON path and reason.
        builder.Services.AddSingleton(sp => FlowLoader.Load(DialogsFolder(sp.GetRequiredService<IOptions<ConversationOptions>>().Value)));
        builder.Services.AddSingleton(sp => new FlowRunner(sp.GetRequiredService<FlowCatalog>(),
            new FlowRunnerOptions { IdleTimeout = sp.GetRequiredService<IOptions<ConversationOptions>>().Value.DraftIdleTimeout }));
        builder.Services.AddHostedService<DialogsStartupCheck>();
        builder.Services.AddSingleton<ConversationStore>();
        builder.Services.AddSingleton<PromptCards>();
        builder.Services.AddSingleton<FlowReplies>();
        builder.Services.AddSingleton<ClosedCards>();
        builder.Services.AddSingleton<GlobalIntents>();
        builder.Services.AddSingleton<KnowledgeReplies>();
        builder.Services.AddSingleton<FeedbackReplies>();
        builder.Services.AddSingleton<ConcernSubmission>();
        builder.Services.AddSingleton<IFlowCompletion>(sp => sp.GetRequiredService<ConcernSubmission>());
        builder.Services.AddSingleton<IFlowSignal, EmergencyAlert>();
        builder.Services.AddSingleton<MessageTurn>();
        builder.Services.AddSingleton<IBot, RufaTurnHandler>();
        return builder;
    }

    internal static string DialogsFolder(ConversationOptions options) =>
        Path.IsPathRooted(options.DialogsFolder) ? options.DialogsFolder : Path.Combine(AppContext.BaseDirectory, options.DialogsFolder);
}
