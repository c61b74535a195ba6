namespace RufaBot.Escalation.Sla;

/// <summary>How an SLA length counts: clock time, calendar days, business days, or up to the next regional review.</summary>
internal enum SlaUnit
{
    Minutes,
    Hours,
    Days,
    BusinessDays,
    NextReview,
}
