namespace RufaBot.Concerns.Views;

/// <summary>A step of the case history as focal points see it: by role, never by person.</summary>
internal sealed record FocalPointEntry(DateTimeOffset At, ConcernEventKind Kind, ConcernStatus Status, ConcernRole ActorRole, string? Note);
