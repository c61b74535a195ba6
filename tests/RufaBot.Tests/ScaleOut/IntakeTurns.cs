using System.Text.RegularExpressions;
using RufaBot.Tests.MyConcerns;

namespace RufaBot.Tests.ScaleOut;

/// <summary>A full intake as typed messages, from "raise a concern" through the more details to "submit", and how to compare what turns got.</summary>
internal static partial class IntakeTurns
{
    public static readonly string[] All =
        ["raise a concern", .. IntakeScript.ToConsent, "anonymous", IntakeScript.AddMoreDetails, .. IntakeScript.Details, "submit"];

    /// <summary>The reply expected to contain this text at step <paramref name="index"/>, when the step's question is known.</summary>
    public static string? Expected(int index) => All[index] switch
    {
        "raise a concern" => "immediate danger",
        "anonymous" => "Please check it before you send it",
        "submit" => "Concern submitted",
        _ => null,
    };

    /// <summary>A reply with what differs from one reporter to the next (reference, ids, times) blanked out.</summary>
    public static string Normalised(string reply) => Volatile().Replace(reply, "#");

    [GeneratedRegex(@"HR-[A-Z0-9]+(-[A-Z0-9]+)*|[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}|\d{4}-\d{2}-\d{2}([T ][0-9:.]+Z?)?|\d{1,2}:\d{2}")]
    private static partial Regex Volatile();
}
