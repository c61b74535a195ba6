namespace RufaBot.Escalation.Cards;

/// <summary>
/// How much of a concern's long texts and trail one rendering of the escalation card shows. Teams refuses a message
/// over about 28 KB, so a card that does not fit at <see cref="Full"/> is rendered again with less, down to
/// <see cref="Least"/>; the concern itself always keeps every word.
/// </summary>
internal sealed record CardDetail(int LongText, int NoteText, int HistoryLines, int AddedShown, int DecisionsShown)
{
    public static readonly CardDetail Full = new(LongText: 1500, NoteText: 300, HistoryLines: 12, AddedShown: 3, DecisionsShown: 6);
    public static readonly CardDetail Less = new(LongText: 600, NoteText: 120, HistoryLines: 8, AddedShown: 2, DecisionsShown: 3);
    public static readonly CardDetail Least = new(LongText: 200, NoteText: 60, HistoryLines: 4, AddedShown: 1, DecisionsShown: 1);

    /// <summary>The levels in the order they are tried.</summary>
    public static readonly IReadOnlyList<CardDetail> Levels = [Full, Less, Least];

    public bool IsShortened => this != Full;

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, never between the halves of a surrogate pair.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end] + "…";
    }
}
