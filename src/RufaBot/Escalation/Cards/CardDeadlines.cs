using RufaBot.Concerns;
using RufaBot.Escalation.Sla;

namespace RufaBot.Escalation.Cards;

/// <summary>When the current tier's action is due, for the card and the "pending" list (the SLA of <see cref="SlaDeadlines"/>).</summary>
internal sealed class CardDeadlines(SlaDeadlines sla)
{
    public DateTimeOffset? DueAt(Concern concern) => sla.DueAt(concern);
}
