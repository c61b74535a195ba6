namespace RufaBot.Concerns;

/// <summary>The bot tiers of domain.md section 3; a concern enters at B0 or B1 and humans move it up.</summary>
internal enum EscalationTier
{
    /// <summary>Emergency: security focal point / UNDSS and the RC office, a human within an hour.</summary>
    B0,

    /// <summary>Intake: the entity or country Human Rights up Front focal point.</summary>
    B1,

    /// <summary>Country: the Human Rights Adviser / OHCHR assess, the Resident Coordinator decides.</summary>
    B2,

    /// <summary>Region: the Regional Quarterly Review secretariat.</summary>
    B3,

    /// <summary>Headquarters: EOSG Human Rights up Front team, tracking only.</summary>
    B4,
}
