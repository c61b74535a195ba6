namespace RufaBot.Concerns.Intake;

/// <summary>
/// The stable step ids of the intake dialog. The dialog file may reword, reorder or translate its questions freely;
/// these ids and the choice ids (the member names of the intake enums, compared without case) are the contract.
/// </summary>
internal static class IntakeSteps
{
    public const string Danger = "danger";
    public const string What = "what";
    public const string Categories = "categories";
    public const string Status = "status";
    public const string When = "when";
    public const string Country = "country";
    public const string Place = "place";
    public const string AffectedCount = "affectedCount";
    public const string Groups = "groups";
    public const string Perpetrators = "perpetrators";
    public const string Source = "source";
    public const string SourceConsent = "sourceConsent";
    public const string Corroboration = "corroboration";
    public const string SourcesAtRisk = "sourcesAtRisk";
    public const string AlreadyReported = "alreadyReported";
    public const string Entity = "entity";
    public const string DutyStation = "dutyStation";
    public const string Attachments = "attachments";
    public const string Implicated = "implicated";
    public const string Consent = "consent";
}
