using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// Keeps what a finished dialog collected (a concern, an induction result). The dialog's state is only cleared after
/// <see cref="CompleteAsync"/> says it was stored; otherwise the user keeps their answers and may try again. A feature
/// registers one per dialog with <c>services.AddSingleton&lt;IFlowCompletion, …&gt;()</c>.
/// </summary>
internal interface IFlowCompletion
{
    /// <summary>The id of the dialog (its root flow) this completion handles.</summary>
    string FlowId { get; }

    /// <summary>
    /// Stores the result. Must be idempotent per <paramref name="draftId"/>: a turn may be decided again after a
    /// state conflict, and a user may retry after a failure.
    /// </summary>
    Task<FlowCompletion> CompleteAsync(FlowResult result, string draftId, TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IFlowCompletion.CompleteAsync"/> did: whether the result is stored, and what to say.</summary>
internal sealed record FlowCompletion(bool Stored, IReadOnlyList<BotMessage> Replies);
