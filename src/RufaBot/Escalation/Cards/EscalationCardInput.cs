using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;

namespace RufaBot.Escalation.Cards;

/// <summary>
/// What one rendering of the card needs: the concern (with its trail, participants and decisions loaded), the
/// viewer, the SLA due time, an optional message on top (e.g. why an action was refused) and what it means, the
/// reporter's identity only after an audited reveal for this viewer, the colleagues offered for reassignment, and the
/// viewer's time zone (from Teams' clientInfo; null shows times in UTC and says so).
/// </summary>
internal sealed record EscalationCardInput(
    Concern Concern,
    CardViewer Viewer,
    DateTimeOffset Now,
    DateTimeOffset? SlaDueAt,
    string? Message = null,
    RevealedReporter? Reporter = null,
    IReadOnlyList<CardColleague>? Colleagues = null,
    CardMessageTone Tone = CardMessageTone.Neutral,
    TimeZoneInfo? Zone = null);

/// <summary>
/// What the message on top of a card means, and so its colour: Good for something done, Attention for a refusal or a
/// problem, the default colour for a neutral fact. Red is never used for success.
/// </summary>
internal enum CardMessageTone
{
    Neutral,
    Success,
    Warning,
}
