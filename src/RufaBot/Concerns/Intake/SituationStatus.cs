namespace RufaBot.Concerns.Intake;

/// <summary>Q7, step <c>status</c>: drives imminence.</summary>
internal enum SituationStatus
{
    Ongoing,
    Threatened,
    Past,
    EarlySigns,
}
