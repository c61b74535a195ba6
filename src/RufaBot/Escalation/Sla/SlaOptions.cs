namespace RufaBot.Escalation.Sla;

/// <summary>
/// <c>Escalation:Sla</c>: deadlines per milestone (defaults from domain.md section 3, each overridable), the business
/// calendar, and how reminders climb: <see cref="Reminders"/> to the assigned focal points, then the backup, then the
/// next tier (a de-identified summary), one step every <see cref="StepInterval"/>, never more than <see cref="MaxAlerts"/>.
/// </summary>
internal sealed class SlaOptions
{
    public const string Section = "Escalation:Sla";

    public bool Enabled { get; set; } = true;

    /// <summary>IANA or Windows time zone id of the business calendar, e.g. <c>Africa/Nairobi</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    public List<DayOfWeek> WeekendDays { get; set; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Non-working dates (<c>yyyy-MM-dd</c>) in the calendar's time zone.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Dates of the Regional Quarterly Reviews, for the B3 deadline of S1/S2 concerns.</summary>
    public List<DateOnly> RegionalReviewDates { get; set; } = [];

    /// <summary>Milestone name (see SlaMilestone) → its deadline; unset milestones keep the default.</summary>
    public Dictionary<string, SlaTargetEntry> Targets { get; set; } = [];

    /// <summary>Reminders to the assigned focal points before the backup is alerted.</summary>
    public int Reminders { get; set; } = 1;

    /// <summary>Time between two steps of the same missed deadline.</summary>
    public TimeSpan StepInterval { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Upper bound on all steps (reminders, backup alert, next-tier alert) for one missed deadline.</summary>
    public int MaxAlerts { get; set; } = 3;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public static IReadOnlyDictionary<SlaMilestone, (string Normal, string Severe)> Defaults { get; } = new Dictionary<SlaMilestone, (string, string)>
    {
        [SlaMilestone.EmergencyResponse] = ("1h", "1h"),
        [SlaMilestone.EmergencyFollowUp] = ("4h", "4h"),
        [SlaMilestone.Acknowledge] = ("1bd", "4h"),
        [SlaMilestone.Triage] = ("3bd", "3bd"),
        [SlaMilestone.Assess] = ("5bd", "2bd"),
        [SlaMilestone.Decide] = ("10bd", "5bd"),
        [SlaMilestone.RegionalReview] = ("review", "10bd"),
    };
}
