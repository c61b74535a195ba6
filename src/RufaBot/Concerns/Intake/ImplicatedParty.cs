namespace RufaBot.Concerns.Intake;

/// <summary>
/// Step <c>implicated</c> (asked when UN personnel are alleged perpetrators): who would normally receive the concern
/// but is involved in it. Routing skips them (to the backup, then the entity's headquarters focal point).
/// </summary>
internal enum ImplicatedParty
{
    None,

    /// <summary>The entity's or country's Human Rights up Front focal point: B1 is bypassed.</summary>
    FocalPoint,

    /// <summary>The Resident Coordinator's office or the country team: B2 is bypassed.</summary>
    CountryTeam,

    Unsure,
}
