using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns.Reporters;

/// <summary>
/// The only link from a concern back to who reported it, in its own table, reached by no navigation from
/// <see cref="Concern"/>. <see cref="ReporterKey"/> (a keyed hash) lets "my concerns" find a reporter's concerns;
/// every other field is encrypted at rest with its own Data Protection purpose. For Anonymous reports only the key
/// and the chat address are kept: no name, no directory id, no duty station, no file names or addresses (the concern
/// itself keeps only each file's type and size).
/// </summary>
internal sealed class ReporterLink
{
    private ReporterLink()
    {
    }

    public Guid ConcernId { get; private set; }

    public string ReporterKey { get; private set; } = "";

    public string? DisplayName { get; private set; }

    public string? AadObjectId { get; private set; }

    public string? DutyStation { get; private set; }

    /// <summary>Named and Confidential reports: the attached files with name and address, shown by an audited reveal.</summary>
    public IReadOnlyList<AttachmentRecord> Attachments { get; private set; } = [];

    /// <summary>Kept in every mode, so even anonymous reporters get updates in their chat; never shown to focal points.</summary>
    public ReporterConversation? Conversation { get; private set; }

    public static ReporterLink For(Guid concernId, ConcernIntake intake, ReporterInfo reporter, string reporterKey)
    {
        var identified = intake.Consent != ConsentMode.Anonymous;
        return new ReporterLink
        {
            ConcernId = concernId,
            ReporterKey = reporterKey,
            DisplayName = identified ? reporter.DisplayName : null,
            AadObjectId = identified ? reporter.AadObjectId : null,
            DutyStation = identified ? intake.DutyStation : null,
            Attachments = identified
                ? [.. intake.Attachments.Select(f => new AttachmentRecord(f.Name, f.ContentType, f.Size, f.Url))]
                : [],
            Conversation = reporter.Conversation,
        };
    }

    /// <summary>
    /// The finished intake of a concern raised as an emergency: until then the link was kept as for an anonymous
    /// report (the most protective choice); now it holds what the chosen mode keeps.
    /// </summary>
    public void Complete(ConcernIntake intake, ReporterInfo reporter)
    {
        var filled = For(ConcernId, intake, reporter, ReporterKey);
        (DisplayName, AadObjectId, DutyStation, Attachments, Conversation) =
            (filled.DisplayName, filled.AadObjectId, filled.DutyStation, filled.Attachments, filled.Conversation);
    }

    public RevealedReporter Reveal() => new(DisplayName, AadObjectId, DutyStation, Attachments);
}
