using System.Collections.Frozen;
using System.Text;

namespace RufaBot.Dialogs.Parsing;

// The date vocabulary of every shipped language together (Vocabulary/*.json), folded: a date is read in any
// language whatever the person's locale, as yes and no are. Words shared by languages keep the first meaning.
internal static partial class DateWords
{
    public static IReadOnlyList<LanguageWords> Languages { get; } = Loading.VocabularyLoader.LoadEmbedded();

    public static readonly FrozenDictionary<string, int> Special = Merge(l => l.DaysBack);

    public static readonly FrozenSet<string> Fillers = Languages.SelectMany(l => l.Fillers).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Last = Languages.SelectMany(l => l.Last).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> This = Languages.SelectMany(l => l.This).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> YearMarkers = Languages.SelectMany(l => l.YearMarkers).ToFrozenSet(StringComparer.Ordinal);

    public static readonly IReadOnlyList<string[]> AgoBefore = [.. Languages.SelectMany(l => l.AgoBefore).OrderByDescending(w => w.Length)];

    public static readonly IReadOnlyList<string[]> AgoAfter = [.. Languages.SelectMany(l => l.AgoAfter).OrderByDescending(w => w.Length)];

    private static readonly FrozenDictionary<string, int> Numbers = Merge(l => l.Numbers);

    private static readonly FrozenDictionary<string, char> Units = Merge(l => l.Units);

    private static readonly FrozenDictionary<string, char> Pairs = Merge(l => l.Pairs);

    // Month names of several words ("كانون الثاني") are joined into one token before the phrase is split.
    private static readonly (string Words, string Joined)[] MultiWordMonths = [.. Languages
        .SelectMany(l => l.Months).SelectMany(m => m).Where(n => n.Contains(' ', StringComparison.Ordinal))
        .Distinct().OrderByDescending(n => n.Length).Select(n => (n, n.Replace(" ", "", StringComparison.Ordinal)))];

    private static readonly FrozenDictionary<string, int> MonthNumbers = Indexed(l => l.Months, 1);

    private static readonly FrozenDictionary<string, int> WeekdayNumbers = Indexed(l => l.Weekdays, 0);

    // Words of languages written without spaces (Chinese), longest first, to cut "三天前" into "三 天 前".
    private static readonly FrozenSet<string> UnspacedWords = Languages
        .SelectMany(l => l.DaysBack.Keys.Concat(l.Fillers).Concat(l.Last).Concat(l.This).Concat(l.Units.Keys)
            .Concat(l.AgoAfter.Select(a => string.Concat(a))).Concat(l.Weekdays.SelectMany(d => d)))
        .Where(w => w.Any(TextFold.IsCjk)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly int LongestUnspaced = UnspacedWords.Count == 0 ? 0 : UnspacedWords.Max(w => w.Length);

    public static int? Number(string token) =>
        int.TryParse(token, out var n) ? n : Numbers.TryGetValue(token, out n) ? n : ChineseNumerals.Parse(token);

    public static char? Unit(string token) => Units.TryGetValue(token, out var u) ? u : null;

    public static char? Pair(string token) => Pairs.TryGetValue(token, out var u) ? u : null;

    public static int? Month(string token) => MonthNumbers.TryGetValue(token, out var m) ? m : null;

    public static DayOfWeek? Weekday(string token) => WeekdayNumbers.TryGetValue(token, out var d) ? (DayOfWeek)d : null;

    // A folded phrase ready to split: month names of several words joined, Chinese cut into words and numbers.
    public static string Tokenizable(string folded)
    {
        // UN Arabic writes a month by both its names, "كانون الثاني/يناير": the slash between words parts them.
        folded = SlashBetweenWords().Replace(folded, " ");
        foreach (var (words, joined) in MultiWordMonths)
            folded = (" " + folded + " ").Replace(" " + words + " ", " " + joined + " ", StringComparison.Ordinal).Trim();
        return folded.Any(TextFold.IsCjk) ? Segment(folded) : folded;
    }

    // "3rd" → "3", "1er" → "1".
    public static string StripOrdinal(string token)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["st", "nd", "rd", "th", "er", "re"])
        {
            if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal)
                && token[..^suffix.Length].All(char.IsDigit))
                return token[..^suffix.Length];
        }
        return token;
    }

    // Longest known word first, then a run of digits or Chinese numerals, else one character.
    private static string Segment(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length;)
        {
            var length = KnownWordAt(text, i);
            if (length == 0)
            {
                length = 1;
                if (char.IsAsciiDigit(text[i]))
                    while (i + length < text.Length && char.IsAsciiDigit(text[i + length])) length++;
                else if (ChineseNumerals.IsNumeral(text[i]))
                    while (i + length < text.Length && ChineseNumerals.IsNumeral(text[i + length])) length++;
            }
            if (text[i] != ' ') sb.Append(text, i, length).Append(' ');
            i += length;
        }
        return sb.ToString().TrimEnd();
    }

    private static int KnownWordAt(string text, int start)
    {
        for (var length = Math.Min(LongestUnspaced, text.Length - start); length > 0; length--)
            if (UnspacedWords.Contains(text.Substring(start, length))) return length;
        return 0;
    }

    private static FrozenDictionary<string, T> Merge<T>(Func<LanguageWords, IReadOnlyDictionary<string, T>> pick)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var language in Languages)
            foreach (var (word, value) in pick(language))
                map.TryAdd(word, value);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int> Indexed(Func<LanguageWords, IReadOnlyList<string[]>> pick, int first)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            var lists = pick(language);
            for (var i = 0; i < lists.Count; i++)
                foreach (var name in lists[i])
                    map.TryAdd(name.Replace(" ", "", StringComparison.Ordinal), i + first);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L})/(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex SlashBetweenWords();
}
