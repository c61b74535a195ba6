namespace RufaBot.Conversations;

/// <summary>
/// The locale a client reports on an activity, kept for later (a reporter's updates, a focal point's cards) only when
/// it looks like one (a BCP 47 tag such as <c>fr-FR</c>): the field comes from the client, so anything longer or
/// stranger is dropped rather than stored.
/// </summary>
internal static class ClientLocale
{
    public const int MaxLength = 35;

    public static string? From(string? locale) =>
        locale is { Length: >= 2 and <= MaxLength } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(locale[0])
            ? locale
            : null;
}
