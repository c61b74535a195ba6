namespace RufaBot.Escalation.Sla;

/// <summary>What a tier must do next, each with its own deadline (domain.md section 3).</summary>
internal enum SlaMilestone
{
    /// <summary>B0: a human responds within 1 hour of submission.</summary>
    EmergencyResponse,

    /// <summary>B0 acknowledged: the RC office or HRA is engaged within 4 hours of submission.</summary>
    EmergencyFollowUp,

    /// <summary>B1: acknowledge within 1 business day (S3+: 4 hours).</summary>
    Acknowledge,

    /// <summary>B1 acknowledged: triage (close with advice, redirect or pass to B2) within 3 business days.</summary>
    Triage,

    /// <summary>B2 waiting: the Human Rights Adviser assesses within 5 business days (S3+: 2).</summary>
    Assess,

    /// <summary>B2 acknowledged: the Resident Coordinator decides within 10 business days (S3+: 5).</summary>
    Decide,

    /// <summary>B3: the next Regional Quarterly Review; S3+ an ad hoc call within 10 business days.</summary>
    RegionalReview,
}
