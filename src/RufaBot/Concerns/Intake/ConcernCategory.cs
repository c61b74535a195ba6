namespace RufaBot.Concerns.Intake;

/// <summary>Q6, step <c>categories</c> (domain.md section 4). Member names are the dialog's choice ids.</summary>
internal enum ConcernCategory
{
    Killings,
    Torture,
    Detention,
    Disappearance,
    Sgbv,
    AttacksOnCivilians,
    Displacement,
    Incitement,
    Discrimination,
    CivicSpace,
    Children,
    BlockedAccess,
    ThreatsToUn,
    Other,
}
