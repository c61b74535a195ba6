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
}
