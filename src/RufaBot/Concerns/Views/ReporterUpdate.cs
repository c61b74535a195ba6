namespace RufaBot.Concerns.Views;

/// <summary>
/// A step of the reporter's concern as they may see it: status changes without the deliberations behind them. Text
/// only for their own additions and for a focal point's question to them.
/// </summary>
internal sealed record ReporterUpdate(DateTimeOffset At, ConcernEventKind Kind, ConcernStatus Status, string? Text);
