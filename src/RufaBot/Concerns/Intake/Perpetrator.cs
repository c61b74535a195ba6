namespace RufaBot.Concerns.Intake;

/// <summary>Q11, step <c>perpetrators</c>: the alleged perpetrator. UN personnel also means the misconduct route.</summary>
internal enum Perpetrator
{
    Unknown,
    StateSecurity,
    Officials,
    NonStateArmed,
    Militia,
    Private,
    UnPersonnel,
}
