namespace RufaBot.Concerns.Intake;

/// <summary>Q10, step <c>groups</c>: who is affected. Every group but <see cref="General"/> counts as vulnerable.</summary>
internal enum AffectedGroup
{
    Women,
    Children,
    Minorities,
    Indigenous,
    Displaced,
    Defenders,
    Opponents,
    Disabilities,
    Lgbtiq,
    Older,
    UnPersonnel,
    Humanitarians,
    General,
}
