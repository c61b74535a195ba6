namespace RufaBot.Concerns;

/// <summary>
/// What a concern keeps of an attached file: that it exists, its type and size. Teams files live in the sender's
/// OneDrive, whose address carries their user name, so the name and address are identity and are kept with it, in
/// <see cref="Reporters.ReporterLink"/>, for Named and Confidential reports only.
/// </summary>
internal sealed record AttachmentSummary(string ContentType, long? Size);
