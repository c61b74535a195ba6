using System.Text.RegularExpressions;

namespace RufaBot.LoadDriver;

/// <summary>One turn of the intake: what the user types and a pattern the text of the bot's replies must match.</summary>
internal sealed record IntakeStep(Func<int, string> Say, Regex Expect);

/// <summary>RufaBot's full concern intake, the same answers as <c>bench-intake-script.js</c> beside this file.</summary>
internal static class IntakeScript
{
    private static readonly string[] CategoryChoices = ["1", "2", "3", "4"];

    // The essentials first, then "add more details" from the summary and every optional question, back to the summary.
    public static readonly IReadOnlyList<IntakeStep> Steps =
    [
        Step("raise a concern", "immediate danger"),
        Step("no", "write about this safely"),
        Step("yes", "What happened"),
        Step("Three people were taken from the market by armed men last night.", "which country"),
        Step("Chad", "When did it happen"),
        Step("yesterday", "Who is affected"),
        Step("2", "Who may know"),
        Step("2", "check it before you send"),
        Step("add more details", "What kind of concern"),
        new(user => CategoryChoices[user % CategoryChoices.Length], Pattern("happening now")),
        Step("1", "Where in the country"),
        Step("the market", "how many people"),
        Step("2", "responsible"),
        Step("1", "How do you know"),
        Step("1", "involved in it"),
        Step("1", "back it up"),
        Step("1", "at risk"),
        Step("no", "already been reported"),
        Step("1", "Which UN entity"),
        Step("1", "duty station"),
        Step("N Djamena", "check it before you send"),
        Step("yes", "Concern submitted"),
    ];


    private static IntakeStep Step(string say, string expect) => new(_ => say, Pattern(expect));

    private static Regex Pattern(string text) => new(Regex.Escape(text), RegexOptions.CultureInvariant);
}
