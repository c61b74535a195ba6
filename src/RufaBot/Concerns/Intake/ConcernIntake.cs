using RufaBot.Dialogs.Answers;

namespace RufaBot.Concerns.Intake;

/// <summary>
/// The typed answers of a completed intake. Built from the dialog's answers by <see cref="From(IReadOnlyDictionary{string, Answer})"/>;
/// a missing optional answer is null or empty, never an error.
/// </summary>
internal sealed partial record ConcernIntake
{
    /// <summary>Null when the question was not answered; treated as <see cref="ImmediateDanger.No"/> by the assessment.</summary>
    public ImmediateDanger? Danger { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyList<ConcernCategory> Categories { get; init; } = [];

    public SituationStatus? Status { get; init; }

    public DateOnly? When { get; init; }

    /// <summary>The reporter gave a period ("last week"); <see cref="When"/> is its first day.</summary>
    public bool WhenApproximate { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string? CountryCode { get; init; }

    public string? Place { get; init; }

    public AffectedCount AffectedCount { get; init; } = AffectedCount.Unknown;

    public IReadOnlyList<AffectedGroup> Groups { get; init; } = [];

    public Perpetrator Perpetrators { get; init; } = Perpetrator.Unknown;

    public InformationSource? Source { get; init; }

    /// <summary>Null when the question was not asked (the reporter saw it, or the source is public).</summary>
    public SourceConsent? SourceConsent { get; init; }

    public Corroboration? Corroboration { get; init; }

    public SourcesAtRisk SourcesAtRisk { get; init; } = SourcesAtRisk.Unknown;

    public IReadOnlyList<ReportedTo> AlreadyReported { get; init; } = [];

    /// <summary>The reporter's UN entity id (<c>undp</c>, <c>unicef</c>, …), lower case; routes to its focal point.</summary>
    public string? Entity { get; init; }

    /// <summary>The reporter's duty station: an attribute of the reporter, stored with their identity, not on the concern.</summary>
    public string? DutyStation { get; init; }

    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];

    /// <summary>Who would normally receive the concern but is involved in it; routing skips them.</summary>
    public ImplicatedParty Implicated { get; init; } = ImplicatedParty.None;

    /// <summary>When the question was not answered, the most protective choice.</summary>
    public ConsentMode Consent { get; init; } = ConsentMode.Anonymous;

    /// <summary>The language the intake was answered in ("ar", "fr"; no region), set by the host that ran it.</summary>
    public string? Language { get; init; }
}
