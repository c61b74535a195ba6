namespace RufaBot.Concerns;

/// <summary>Who acts on or reads a concern (domain.md section 5).</summary>
internal enum ConcernRole
{
    /// <summary>RufaBot itself (timers, imports).</summary>
    System,

    Reporter,
    EntityFocalPoint,
    CountryFocalPoint,
    HumanRightsAdviser,
    ResidentCoordinator,
    RegionalReviewer,
    Headquarters,
    Auditor,

    /// <summary>The emergency tier (B0): the security focal point or UNDSS, who responds to immediate danger.</summary>
    SecurityFocalPoint,
}
