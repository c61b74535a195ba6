namespace RufaBot.EarlyWarning;

/// <summary>
/// <c>EarlyWarning</c>: when concerns count as possibly related, which patterns raise an alert, the regional brief and
/// the check-ins against retaliation. Defaults are in code and documented in docs/features/early-warning.md.
/// </summary>
internal sealed class EarlyWarningOptions
{
    public const string Section = "EarlyWarning";

    public RelationOptions Relations { get; set; } = new();

    public PatternOptions Patterns { get; set; } = new();

    public BriefOptions Brief { get; set; } = new();

    public CheckInOptions CheckIns { get; set; } = new();

    public ReviewOptions Review { get; set; } = new();
}

/// <summary>
/// The review role (DAP 3.5 real-time and after-action reviews): who may read a closed concern's decision timeline,
/// and whether the role may see the reporter's identity and the narrative (withheld by default).
/// </summary>
internal sealed class ReviewOptions
{
    /// <summary>Entra object ids of the reviewers.</summary>
    public List<string> ReviewerAadObjectIds { get; set; } = [];

    public bool ShowsReporter { get; set; }

    public bool ShowsNarrative { get; set; }

    public bool IsReviewer(string? aadObjectId) =>
        aadObjectId is { Length: > 0 } id && ReviewerAadObjectIds.Any(r => r.Trim().Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Related concerns: compared at submission with the open and recent ones of the same country.</summary>
internal sealed class RelationOptions
{
    /// <summary>Score from 0 to 1 at or above which two concerns are marked "possibly related".</summary>
    public double Threshold { get; set; } = 0.55;

    /// <summary>Closed concerns this recent (by their last change) are still compared.</summary>
    public int RecentDays { get; set; } = 90;

    /// <summary>Two dates of events this close count as overlapping.</summary>
    public int DateWindowDays { get; set; } = 14;

    /// <summary>At most this many concerns (the newest) are compared with a new one.</summary>
    public int MaxCandidates { get; set; } = 200;

    /// <summary>
    /// A new concern is linked to its best-scoring matches only: when many staff report one event, the pattern alert
    /// says so once, instead of every new report linking to (and carding) every earlier one.
    /// </summary>
    public int MaxLinks { get; set; } = 3;

    /// <summary>Off only for tests and tools that run the queued comparisons themselves (<see cref="Relations.RelationWorker"/>).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>Fallback poll for comparisons queued by other instances; this instance's submissions wake the worker at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Early-warning patterns in one country, checked in the background.</summary>
internal sealed class PatternOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The period looked at: concerns submitted in the last <c>WindowDays</c>.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>This many concerns sharing a Framework of Analysis risk factor within the window make a pattern.</summary>
    public int SharedRiskFactorCount { get; set; } = 3;

    /// <summary>A rise of the mean severity band (S1 = 1 … S4 = 4) by this much over the previous window is a pattern.</summary>
    public double SeverityRise { get; set; } = 1.0;

    /// <summary>The fewest concerns in the window for a severity rise to count (a single bad report is not a trend).</summary>
    public int SeverityRiseMinimum { get; set; } = 3;

    /// <summary>This many different entities reporting the same place within the window make a pattern.</summary>
    public int SamePlaceEntities { get; set; } = 2;
}

/// <summary>The Regional Quarterly Review brief.</summary>
internal sealed class BriefOptions
{
    /// <summary>Counts below this are shown as "fewer than 3", so that no small group identifies anyone.</summary>
    public int SmallCount { get; set; } = 3;

    /// <summary>How long a download link stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The brief is sent automatically this many days before each regional review date.</summary>
    public int DaysBeforeReview { get; set; } = 7;

    public bool ScheduleEnabled { get; set; } = true;

    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The public base address of the bot, for download links (e.g. https://rufabot.example.org).</summary>
    public Uri? PublicBaseUrl { get; set; }
}

/// <summary>Check-ins against retaliation.</summary>
internal sealed class CheckInOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    // Null until configured: the binder adds configured items to a list's defaults instead of replacing them.
    /// <summary>Days after submission a check-in is sent (default 30 and 90).</summary>
    public int[]? AfterSubmissionDays { get; set; }

    /// <summary>Days after close a check-in is sent (default 30 and 90).</summary>
    public int[]? AfterCloseDays { get; set; }

    public IReadOnlyList<int> SubmissionSchedule => AfterSubmissionDays ?? [30, 90];

    public IReadOnlyList<int> CloseSchedule => AfterCloseDays ?? [30, 90];

    /// <summary>Where a "yes" goes, with the reporter's consent: the ethics or misconduct channel (Entra ids of its people).</summary>
    public List<string> EthicsAadObjectIds { get; set; } = [];
}
