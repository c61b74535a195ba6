using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// The answer to a card action: the concern as it now stands, whom to render it for, and a message naming what
/// happened or why nothing did (a string key of <c>escalation.*.json</c> with its values, localised by the caller).
/// No concern (<see cref="NoAccess"/>) means nothing may be shown: the concern does not exist or is not this person's,
/// and the two must look the same.
/// </summary>
internal sealed record CardActionOutcome(
    Concern? Concern,
    CardViewer Viewer,
    DateTimeOffset Now,
    DateTimeOffset? SlaDueAt,
    string? MessageKey,
    IReadOnlyList<(string Name, string Value)> MessageValues,
    RevealedReporter? Reporter = null,
    IReadOnlyList<CardColleague>? Colleagues = null,
    bool Changed = false)
{
    public static CardActionOutcome NoAccess(DateTimeOffset now) => new(null, CardViewer.Outsider, now, null, null, []);
}
