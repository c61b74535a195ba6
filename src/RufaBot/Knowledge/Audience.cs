namespace RufaBot.Knowledge;

/// <summary>Who an entry is mainly written for; written in content files as all-staff, managers, rcs, focal-points.</summary>
internal enum Audience
{
    AllStaff,
    Managers,
    Rcs,
    FocalPoints,
}
