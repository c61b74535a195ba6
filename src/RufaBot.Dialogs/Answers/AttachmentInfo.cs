namespace RufaBot.Dialogs.Answers;

// Metadata of a file the user attached; the engine never downloads content.
public sealed record AttachmentInfo(string Name, string ContentType, long? Size = null, string? Url = null);
