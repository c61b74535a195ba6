using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns.Views;

/// <summary>
/// A concern as focal points see it, built from <see cref="Concern"/> alone: nothing of the reporter's identity can be
/// in it, whatever the consent. Identity, where consent allows, comes only from <c>ConcernService.RevealReporterAsync</c>.
/// Read audits (views, reveals) are left out of <see cref="History"/>; they are for auditors.
/// </summary>
internal sealed record FocalPointView(
    Guid Id,
    string Reference,
    ConcernStatus Status,
    EscalationTier Tier,
    Severity Severity,
    Confidence Confidence,
    IReadOnlyList<RiskFactor> RiskFactors,
    ImmediateDanger? Danger,
    string Description,
    IReadOnlyList<ConcernCategory> Categories,
    SituationStatus? SituationStatus,
    DateOnly? When,
    bool WhenApproximate,
    string? CountryCode,
    string? Place,
    AffectedCount AffectedCount,
    IReadOnlyList<AffectedGroup> Groups,
    Perpetrator Perpetrators,
    InformationSource? Source,
    Corroboration? Corroboration,
    SourcesAtRisk SourcesAtRisk,
    IReadOnlyList<ReportedTo> AlreadyReported,
    string? Entity,
    IReadOnlyList<AttachmentSummary> Attachments,
    ConsentMode Consent,
    string? ReferredTo,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    IReadOnlyList<FocalPointEntry> History)
{
    private static readonly ConcernEventKind[] ReadAudits =
        [ConcernEventKind.Viewed, ConcernEventKind.IdentityRevealed, ConcernEventKind.IdentityWithheld, ConcernEventKind.OutsiderRefused];

    public static FocalPointView Of(Concern c) => new(
        c.Id, c.Reference, c.Status, c.Tier, c.Severity, c.Confidence, c.RiskFactors, c.Danger, c.Description,
        c.Categories, c.SituationStatus, c.When, c.WhenApproximate, c.CountryCode, c.Place, c.AffectedCount, c.Groups,
        c.Perpetrators, c.Source, c.Corroboration, c.SourcesAtRisk, c.AlreadyReported, c.Entity, c.Attachments,
        c.Consent, c.ReferredTo, c.CreatedAt, c.UpdatedAt, c.Version,
        [.. c.Events.Where(e => !ReadAudits.Contains(e.Kind)).Select(e => new FocalPointEntry(e.At, e.Kind, e.Status, e.ActorRole, e.Note))]);
}
