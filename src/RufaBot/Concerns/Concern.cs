using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns;

/// <summary>
/// A concern as focal points work on it: the facts of the intake, the assessment and the audit trail. It holds nothing
/// that identifies the reporter; that lives apart in <see cref="Reporters.ReporterLink"/>, which no navigation from
/// here reaches. Free text (description, place, notes) is encrypted at rest by the storage layer.
/// </summary>
internal sealed partial class Concern
{
    /// <summary>Longest description, added information or note, in characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Why a focal point asks to see a confidential reporter: a sentence for the audit trail, not a case note.</summary>
    public const int MaxRevealReason = 500;

    private readonly List<ConcernEvent> _events = [];
    private readonly List<ConcernParticipant> _participants = [];
    private readonly List<DecisionRecord> _decisions = [];

    private Concern()
    {
    }

    public Guid Id { get; private set; }

    public string Reference { get; private set; } = "";

    /// <summary>Keyed hash of the chat's draft id: makes a retried submission find the concern it already stored.</summary>
    public string SubmissionKey { get; private set; } = "";

    public ConcernStatus Status { get; private set; }

    public EscalationTier Tier { get; private set; }

    public Severity Severity { get; private set; }

    public Confidence Confidence { get; private set; }

    public IReadOnlyList<RiskFactor> RiskFactors { get; private set; } = [];

    public ImmediateDanger? Danger { get; private set; }

    public string Description { get; private set; } = "";

    public IReadOnlyList<ConcernCategory> Categories { get; private set; } = [];

    public SituationStatus? SituationStatus { get; private set; }

    public DateOnly? When { get; private set; }

    public bool WhenApproximate { get; private set; }

    public string? CountryCode { get; private set; }

    public string? Place { get; private set; }

    public AffectedCount AffectedCount { get; private set; }

    public IReadOnlyList<AffectedGroup> Groups { get; private set; } = [];

    public Perpetrator Perpetrators { get; private set; }

    public InformationSource? Source { get; private set; }

    public SourceConsent? SourceConsent { get; private set; }

    public Corroboration? Corroboration { get; private set; }

    public SourcesAtRisk SourcesAtRisk { get; private set; }

    public IReadOnlyList<ReportedTo> AlreadyReported { get; private set; } = [];

    /// <summary>The reporter's UN entity: a routing key, like the country.</summary>
    public string? Entity { get; private set; }

    public IReadOnlyList<AttachmentSummary> Attachments { get; private set; } = [];

    public ConsentMode Consent { get; private set; }

    /// <summary>Who the reporter said is involved among those who would receive it; routing bypasses them.</summary>
    public ImplicatedParty Implicated { get; private set; }

    /// <summary>Where the concern was referred to, once <see cref="Refer"/> was called.</summary>
    public string? ReferredTo { get; private set; }

    /// <summary>
    /// The language the concern was raised in (a bare code such as "ar"): a focal point whose own language RufaBot does
    /// not know gets their card in it. It tells nothing the description's own words do not.
    /// </summary>
    public string? Language { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: every change adds one, and a save of a stale copy fails.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<ConcernEvent> Events => _events;

    /// <summary>Everyone holding a copy of the card, assigned or not (see Concern.Assignment.cs).</summary>
    public IReadOnlyList<ConcernParticipant> Participants => _participants;

    /// <summary>Closes, referrals and recorded decisions, oldest first (see Concern.Decisions.cs).</summary>
    public IReadOnlyList<DecisionRecord> Decisions => _decisions;

    public static Concern Submit(Guid id, string reference, string submissionKey, ConcernIntake intake, RiskAssessment assessment, DateTimeOffset at)
    {
        var concern = new Concern
        {
            Id = id,
            Reference = reference,
            SubmissionKey = submissionKey,
            Status = ConcernStatus.Submitted,
            Tier = assessment.Tier,
            CreatedAt = at,
            UpdatedAt = at,
            Version = 1,
        };
        concern.Apply(intake, assessment);
        concern._events.Add(new ConcernEvent(ConcernEventKind.Submitted, ConcernStatus.Submitted, ConcernActor.Reporter, at));
        return concern;
    }

    /// <summary>
    /// A concern stored the moment the reporter says someone is in immediate danger, with the answers given so far, so
    /// the emergency route is alerted at once; <see cref="CompleteDetails"/> adds the rest when the intake is finished.
    /// </summary>
    public static Concern RaiseEmergency(Guid id, string reference, string submissionKey, ConcernIntake firstAnswers, RiskAssessment assessment, DateTimeOffset at)
    {
        var concern = Submit(id, reference, submissionKey, firstAnswers, assessment, at);
        concern._events.Add(new ConcernEvent(ConcernEventKind.EmergencyAlerted, ConcernStatus.Submitted, ConcernActor.Reporter, at));
        return concern;
    }

    /// <summary>Raised as an emergency and the reporter has not yet finished the intake.</summary>
    public bool AwaitingDetails =>
        _events.Any(e => e.Kind == ConcernEventKind.EmergencyAlerted) && !_events.Any(e => e.Kind == ConcernEventKind.DetailsCompleted);

    /// <summary>
    /// The finished intake of a concern raised as an emergency. The tier and status stay where the focal points have
    /// taken it meanwhile; the facts and the assessment are the intake's.
    /// </summary>
    public void CompleteDetails(ConcernIntake intake, RiskAssessment assessment, DateTimeOffset at)
    {
        if (!AwaitingDetails)
            throw new InvalidOperationException($"Concern {Reference} was not raised as an emergency awaiting its details.");
        Apply(intake, assessment);
        UpdatedAt = at;
        Version++;
        _events.Add(new ConcernEvent(ConcernEventKind.DetailsCompleted, Status, ConcernActor.Reporter, at));
    }

    private void Apply(ConcernIntake intake, RiskAssessment assessment)
    {
        RequireText(intake.Description, nameof(intake.Description), allowEmpty: true);
        RequireText(intake.Place ?? "", nameof(intake.Place), allowEmpty: true);
        Description = intake.Description;
        Place = intake.Place;
        Severity = assessment.Severity;
        Confidence = assessment.Confidence;
        RiskFactors = assessment.RiskFactors;
        Danger = intake.Danger;
        Categories = intake.Categories;
        SituationStatus = intake.Status;
        When = intake.When;
        WhenApproximate = intake.WhenApproximate;
        CountryCode = intake.CountryCode;
        AffectedCount = intake.AffectedCount;
        Groups = intake.Groups;
        Perpetrators = intake.Perpetrators;
        Source = intake.Source;
        SourceConsent = intake.SourceConsent;
        Corroboration = intake.Corroboration;
        SourcesAtRisk = intake.SourcesAtRisk;
        AlreadyReported = intake.AlreadyReported;
        Entity = intake.Entity;
        Attachments = [.. intake.Attachments.Select(f => new AttachmentSummary(f.ContentType, f.Size))];
        Consent = intake.Consent;
        Language = intake.Language ?? Language;
        Implicated = intake.Implicated;
    }

    private static string RequireText(string text, string name, bool allowEmpty = false)
    {
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
            throw new ArgumentException($"{name} is required.", name);
        if (text.Length > MaxTextLength)
            throw new ArgumentException($"{name} is {text.Length} characters; the limit is {MaxTextLength}.", name);
        return text.Trim();
    }
}
