namespace RufaBot.Tests.MyConcerns;

/// <summary>Typed answers that walk the intake from its first question to the consent question.</summary>
internal static class IntakeScript
{
    public static readonly string[] ToConsent =
    [
        "no", "yes",
        "Armed men burned houses in two villages and told the families who stayed that they would be next.",
        "attacks on civilians, displacement", "ongoing", "last week", "Mali", "Mopti region", "11–100", "women, children",
        "militia", "a witness told me", "yes, but without their names", "no one I know of", "several", "no", "nobody", "UNDP", "Bamako",
    ];
}
