using System.Diagnostics.Metrics;

namespace RufaBot.Escalation.Outbox;

/// <summary>Metrics of the escalation infrastructure (meter <c>RufaBot.Escalation</c>, exported with the host's meters).</summary>
internal static class EscalationTelemetry
{
    public const string Name = "RufaBot.Escalation";

    private static readonly Meter Meter = new(Name);

    /// <summary>Undelivered outbox messages, as counted by the last dispatcher round of this instance.</summary>
    public static long Backlog { get; set; }

    public static readonly ObservableGauge<long> BacklogGauge =
        Meter.CreateObservableGauge("rufabot.outbox.backlog", () => Backlog, description: "Outbox messages not delivered yet.");

    public static readonly Counter<long> Delivered = Meter.CreateCounter<long>("rufabot.outbox.delivered", description: "Outbox messages delivered, by purpose.");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("rufabot.outbox.failed", description: "Failed delivery attempts, by purpose and failure kind.");

    /// <summary>Tag <c>reason</c>: <see cref="RefusalReasons"/>.</summary>
    public static readonly Counter<long> CardActionsRefused = Meter.CreateCounter<long>("rufabot.card_actions.refused",
        description: "Escalation card actions refused, by reason: outsider, unknown_concern, not_assigned, stale, unknown_verb, concurrent, malformed.");

    public static readonly IReadOnlyList<string> RefusalReasons = ["outsider", "unknown_concern", "not_assigned", "stale", "unknown_verb", "concurrent", "malformed"];

    public static void Refused(string reason) => CardActionsRefused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public static readonly Counter<long> SlaBreaches = Meter.CreateCounter<long>("rufabot.sla.breaches", description: "SLA deadlines missed, by tier and milestone.");
}
