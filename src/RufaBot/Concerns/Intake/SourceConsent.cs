namespace RufaBot.Concerns.Intake;

/// <summary>
/// Step <c>sourceConsent</c>: whether the people the information came from agree to its use. Asked only when the
/// reporter did not see it themselves and the source is not public; focal points read it before any contact or use.
/// </summary>
internal enum SourceConsent
{
    /// <summary>They agree to the information being used, and to being named to the focal points.</summary>
    Given,

    /// <summary>They agree to the information being used, but not to being named.</summary>
    WithoutNames,

    /// <summary>They do not agree, or asked that it go no further.</summary>
    Refused,

    /// <summary>The reporter did not ask, or could not.</summary>
    NotAsked,
}
