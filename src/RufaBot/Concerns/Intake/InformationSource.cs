namespace RufaBot.Concerns.Intake;

/// <summary>Q12, step <c>source</c>: how the reporter knows. Drives source reliability.</summary>
internal enum InformationSource
{
    Witnessed,
    Victim,
    Witness,
    SecondHand,
    Media,
    Documents,
    Report,
}
