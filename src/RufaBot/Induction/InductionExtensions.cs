using Microsoft.Extensions.Options;
using RufaBot.Conversations;
using RufaBot.Storage;
using RufaBot.Turns;

namespace RufaBot.Induction;

/// <summary>
/// Registers the induction (completion records, "my induction", the administrators' export) and "my
/// responsibilities". The dialog itself is loaded with the others from the dialogs folder.
/// </summary>
internal static class InductionExtensions
{
    public static WebApplicationBuilder AddInduction(this WebApplicationBuilder builder)
    {
        builder.AddRufaStorage();
        var services = builder.Services;
        services.AddOptions<InductionOptions>().BindConfiguration(InductionOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => InductionAnswerKey.Load(
            Path.Combine(TurnsExtensions.DialogsFolder(sp.GetRequiredService<IOptions<ConversationOptions>>().Value), InductionFlow.FileName)));
        services.AddHostedService<InductionStartupCheck>();
        services.AddSingleton<InductionRecords>();
        services.AddSingleton<IFlowCompletion, InductionCompletion>();
        services.AddSingleton<IChatCommand, InductionCommand>();
        services.AddSingleton<IChatCommand, MyInductionCommand>();
        services.AddSingleton<IChatCommand, ExportInductionChatCommand>();
        services.AddSingleton<IChatCommand, MyResponsibilitiesCommand>();
        return builder;
    }
}
