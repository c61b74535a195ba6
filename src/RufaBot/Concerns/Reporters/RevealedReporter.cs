namespace RufaBot.Concerns.Reporters;

/// <summary>The reporter's identity as an entitled focal point sees it after an audited reveal.</summary>
internal sealed record RevealedReporter(string? DisplayName, string? AadObjectId, string? DutyStation, IReadOnlyList<AttachmentRecord> Attachments);
