using RufaBot.Hosting;

namespace RufaBot.Escalation.Outbox;

/// <summary>Wakes the dispatcher as soon as new messages are committed, so it need not wait for its next poll.</summary>
internal sealed class OutboxSignal : WakeSignal;
