namespace RufaBot.Concerns;

/// <summary>An attached file with its name and address, as kept with the reporter's identity and shown by a reveal.</summary>
internal sealed record AttachmentRecord(string Name, string ContentType, long? Size, string? Url);
