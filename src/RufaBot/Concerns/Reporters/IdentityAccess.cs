using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns.Reporters;

/// <summary>
/// Who may be shown the reporter's identity, by consent (Q16) and role (domain.md section 5):
/// <code>
///  Named         entity, country or security focal point, Human Rights Adviser, Resident Coordinator
///  Confidential  entity or country focal point only (the first tier)
///  Anonymous     nobody; nothing is stored to show
/// </code>
/// Regional reviewers and headquarters see de-identified cases; auditors see the trail, not the case. Whether the
/// viewer is assigned to this concern is the caller's check (routing); this table is the ceiling.
/// </summary>
internal static class IdentityAccess
{
    public static bool MaySee(ConsentMode consent, ConcernRole role) => consent switch
    {
        ConsentMode.Named => role is ConcernRole.EntityFocalPoint or ConcernRole.CountryFocalPoint
            or ConcernRole.HumanRightsAdviser or ConcernRole.ResidentCoordinator or ConcernRole.SecurityFocalPoint,
        ConsentMode.Confidential => role is ConcernRole.EntityFocalPoint or ConcernRole.CountryFocalPoint,
        _ => false,
    };
}
