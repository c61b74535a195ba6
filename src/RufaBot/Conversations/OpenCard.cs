namespace RufaBot.Conversations;

/// <summary>
/// The last question card RufaBot sent in a dialog (Teams): its activity id and its question, so that when the next
/// turn comes (answered from the card or typed) it is replaced by a closed card that shows no answer and has no button.
/// </summary>
internal sealed record OpenCard(string ActivityId, string Question, bool IsSummary);
