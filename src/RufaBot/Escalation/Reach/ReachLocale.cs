namespace RufaBot.Escalation.Reach;

/// <summary>
/// The locale an activity reports, kept only when it looks like one (a BCP 47 tag such as <c>fr-FR</c>): the field comes
/// from the client, so anything longer or stranger is dropped rather than stored.
/// </summary>
internal static class ReachLocale
{
    public const int MaxLength = 35;

    public static string? From(string? locale) =>
        locale is { Length: >= 2 and <= MaxLength } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(locale[0])
            ? locale
            : null;
}
