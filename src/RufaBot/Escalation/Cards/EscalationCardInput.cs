using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;

namespace RufaBot.Escalation.Cards;

/// <summary>
/// What one rendering of the card needs: the concern (with its trail, participants and decisions loaded), the
/// viewer, the SLA due time, an optional message on top (e.g. why an action was refused), the reporter's identity
/// only after an audited reveal for this viewer, and the colleagues offered for reassignment.
/// </summary>
internal sealed record EscalationCardInput(
    Concern Concern,
    CardViewer Viewer,
    DateTimeOffset Now,
    DateTimeOffset? SlaDueAt,
    string? Message = null,
    RevealedReporter? Reporter = null,
    IReadOnlyList<CardColleague>? Colleagues = null);
