namespace RufaBot.Tests.MyConcerns;

/// <summary>
/// Typed answers that walk the intake: the essentials from its first question to the consent question, and the more
/// details a reporter adds from the summary ("add more details"), which lead back to it.
/// </summary>
internal static class IntakeScript
{
    public static readonly string[] ToConsent =
    [
        "no", "yes",
        "Armed men burned houses in two villages and told the families who stayed that they would be next.",
        "Mali", "last week", "women, children",
    ];

    public const string AddMoreDetails = "add more details";

    public static readonly string[] Details =
    [
        "attacks on civilians, displacement", "ongoing", "Mopti region", "11–100", "militia", "a witness told me",
        "yes, but without their names", "no one I know of", "several", "no", "nobody", "UNDP", "Bamako",
    ];
}
