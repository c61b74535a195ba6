namespace RufaBot.Concerns;

/// <summary>
/// A file the reporter attached, as the concern keeps it. Teams files live in the sender's OneDrive, whose address
/// carries their user name, so name and address are kept on the concern only for <c>Named</c> reports; otherwise the
/// concern records only that a file of this type and size exists.
/// </summary>
internal sealed record AttachmentRecord(string ContentType, long? Size, string? Name = null, string? Url = null);
