namespace RufaBot.Concerns;

/// <summary>What an entry of a concern's audit trail records.</summary>
internal enum ConcernEventKind
{
    Submitted,
    Acknowledged,
    InformationRequested,
    InformationAdded,
    Escalated,
    Referred,
    Closed,

    /// <summary>A focal point read the concern.</summary>
    Viewed,

    /// <summary>An entitled viewer was shown the reporter's identity.</summary>
    IdentityRevealed,

    /// <summary>Someone asked for the reporter's identity and was refused.</summary>
    IdentityWithheld,

    /// <summary>Focal points of a tier were given the concern (the note names the tier and routing key, never people).</summary>
    Assigned,

    /// <summary>Routing found nobody for the tier; administrators were alerted.</summary>
    RoutingGap,

    /// <summary>A focal point handed the concern to a colleague of the same tier.</summary>
    Reassigned,

    /// <summary>A focal point declared a conflict of interest and lost access.</summary>
    ConflictDeclared,

    /// <summary>A first focal point asked to close a critical concern; a second must confirm.</summary>
    CloseRequested,

    /// <summary>A human decision recorded on the concern (e.g. a task force convened).</summary>
    DecisionRecorded,

    /// <summary>The SLA passed: the assigned focal points were reminded.</summary>
    SlaReminderSent,

    /// <summary>The SLA passed again: the tier's backup was alerted.</summary>
    SlaBackupAlerted,

    /// <summary>Still no action: the next tier was alerted with a de-identified summary (never the content).</summary>
    SlaNextTierAlerted,

    /// <summary>
    /// Someone with no part in the concern acted on or opened its card and was shown nothing. The actor is role System
    /// with the sender's keyed hash (none when the activity had no directory id); the note is the verb.
    /// </summary>
    OutsiderRefused,

    /// <summary>Retention purged the content; the entry, like the rest of the trail, keeps no note and no actor.</summary>
    Purged,

    /// <summary>The reporter said someone is in immediate danger: stored and routed at once, before the intake ended.</summary>
    EmergencyAlerted,

    /// <summary>The reporter finished the intake of a concern raised as an emergency.</summary>
    DetailsCompleted,

    /// <summary>
    /// The link to the reporter was deleted: by the reporter ("forget me"), by the choice of an unlinked report made
    /// at the end of an emergency intake, or by the automatic cut after close. The note says which, never who.
    /// </summary>
    ReporterLinkCut,

    /// <summary>A focal point confirmed that another concern is related; the note is the other concern's reference.</summary>
    RelationConfirmed,

    /// <summary>A focal point dismissed a suggested relation; the note is the other concern's reference.</summary>
    RelationDismissed,

    /// <summary>
    /// The reporter answered a check-in against retaliation. The note says only "yes", "no" or "off" and, for a yes,
    /// whether it went to the ethics channel: never what happened.
    /// </summary>
    CheckInAnswered,

    /// <summary>The reporter sent a file (<see cref="Files.ConcernFile"/>); the entry has no note, the file is apart.</summary>
    FileAdded,

    /// <summary>A focal point downloaded one of the concern's files: who and when, never which content.</summary>
    FileDownloaded,

    /// <summary>An authorised reviewer read the closed concern's decision timeline; the note is how (card, csv, xlsx).</summary>
    Reviewed,
}
