using System.Text.RegularExpressions;

namespace RufaBot.LoadDriver;

/// <summary>
/// What each member of staff says to each target: RufaBot's full intake, the peer's shorter intake (bench/peer, the
/// Bot Framework SDK for JavaScript) or, for the raw echo, one message whose text must come back.
/// </summary>
internal static class Scripts
{
    public static IReadOnlyList<IntakeStep> For(Target target) => target switch
    {
        Target.Peer => Peer,
        Target.Echo => Echo,
        _ => IntakeScript.Steps,
    };

    private static readonly IReadOnlyList<IntakeStep> Peer =
    [
        Step("raise a concern", "What kind of concern"),
        new(user => ((user % 8) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Pattern("What happened")),
        Step("Three people were taken from the market by armed men last night.", "which country"),
        Step("Chad", "When did it happen"),
        Step("yesterday", "Who is affected"),
        Step("2", "How many people"),
        Step("3", "How do you know"),
        Step("1", "corroborated"),
        Step("yes", "Send it now"),
        Step("yes", "Submitted REF-"),
    ];

    private static readonly IReadOnlyList<IntakeStep> Echo =
    [
        new(user => $"ping from {user}", new Regex(@"ping from \d+", RegexOptions.CultureInvariant)),
    ];

    private static IntakeStep Step(string say, string expect) => new(_ => say, Pattern(expect));

    private static Regex Pattern(string text) => new(Regex.Escape(text), RegexOptions.CultureInvariant);
}
