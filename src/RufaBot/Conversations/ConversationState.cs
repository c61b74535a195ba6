using System.Text.Json.Serialization;
using RufaBot.Dialogs.State;

namespace RufaBot.Conversations;

/// <summary>
/// What RufaBot remembers about one user in one conversation between turns. <see cref="Version"/> increases with every
/// save and is checked on the next one, so a turn never overwrites a newer state it did not see.
/// </summary>
internal sealed class ConversationState
{
    [JsonIgnore]
    public long Version { get; set; }

    /// <summary>Identifies the draft a submission comes from, so a retried submission stores one record.</summary>
    public string? DraftId { get; set; }

    /// <summary>The dialog in progress, if any.</summary>
    public FlowState? Flow { get; set; }

    /// <summary>The question card still open in the chat (Teams), closed on the next turn.</summary>
    public OpenCard? OpenCard { get; set; }
}

/// <summary>
/// The last question card RufaBot sent in a dialog (Teams): its activity id and its question, so that when the next
/// turn comes (answered from the card or typed) it is replaced by a closed card that shows no answer and has no button.
/// </summary>
internal sealed record OpenCard(string ActivityId, string Question, bool IsSummary);
