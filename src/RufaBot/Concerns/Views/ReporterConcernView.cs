using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns.Views;

/// <summary>A concern as its reporter sees it ("my concerns", then open one).</summary>
internal sealed record ReporterConcernView(
    string Reference,
    ConcernStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ConcernCategory> Categories,
    string? CountryCode,
    string Description,
    IReadOnlyList<ReporterUpdate> Updates,
    string? PendingQuestion,
    ConsentMode Consent,
    int Files = 0)
{
    private static readonly ConcernEventKind[] Shown =
    [
        ConcernEventKind.Submitted, ConcernEventKind.Acknowledged, ConcernEventKind.InformationRequested,
        ConcernEventKind.InformationAdded, ConcernEventKind.Escalated, ConcernEventKind.Referred, ConcernEventKind.Closed,
        ConcernEventKind.FileAdded,
    ];

    public bool CanAddInformation => Status != ConcernStatus.Closed;

    /// <summary>Whether the reporter may cut their link ("forget me"): not for a named report, whose name was shown.</summary>
    public bool CanCutLink => Consent is ConsentMode.Anonymous or ConsentMode.Confidential;

    public static ReporterConcernView Of(Concern concern)
    {
        var updates = concern.Events
            .Where(e => Shown.Contains(e.Kind))
            .Select(e => new ReporterUpdate(e.At, e.Kind, e.Status,
                e.Kind is ConcernEventKind.InformationAdded or ConcernEventKind.InformationRequested ? e.Note : null))
            .ToList();
        var question = concern.Status == ConcernStatus.InformationRequested
            ? updates.LastOrDefault(u => u.Kind == ConcernEventKind.InformationRequested)?.Text
            : null;
        return new ReporterConcernView(concern.Reference, concern.Status, concern.CreatedAt, concern.UpdatedAt,
            concern.Categories, concern.CountryCode, concern.Description, updates, question, concern.Consent, concern.FileCount);
    }
}
