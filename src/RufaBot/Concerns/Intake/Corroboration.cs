namespace RufaBot.Concerns.Intake;

/// <summary>Q13, step <c>corroboration</c>: drives the credibility of the information.</summary>
internal enum Corroboration
{
    None,
    OneSource,
    Several,
    Documents,
    OfficialAdmission,
}
