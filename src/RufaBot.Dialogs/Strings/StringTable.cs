using System.Globalization;
using System.Collections.Frozen;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Parsing;

namespace RufaBot.Dialogs.Strings;

// One language file: texts by key, word lists by key, and the folded interruption words of this
// language plus the fallback's, so "cancel" still works for someone chatting in French.
internal sealed class StringTable
{
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _words;
    private readonly StringTable? _fallback;

    public StringTable(string language, IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<string, IReadOnlyList<string>> words, StringTable? fallback)
    {
        Language = language;
        _texts = texts;
        _words = words;
        _fallback = fallback;
        Commands = BuildCommands();
    }

    public string Language { get; }

    public FrozenDictionary<string, FlowCommand> Commands { get; }

    public IEnumerable<string> TextKeys => _texts.Keys;

    public bool HasText(string key) => _texts.ContainsKey(key);

    public bool HasWords(string key) => _words.ContainsKey(key);

    public string Text(string key) =>
        _texts.TryGetValue(key, out var t) ? t : _fallback?.Text(key) ?? key;

    public IReadOnlyList<string> Words(string key) =>
        _words.TryGetValue(key, out var w) ? w : _fallback?.Words(key) ?? [];

    // Placeholders are plain {name} tokens; nothing is evaluated.
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> args)
    {
        var text = Text(key);
        foreach (var (name, value) in args)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }
        return text;
    }

    // A calendar date in this language's words ("10 March 2025", "10 mars 2025"). The app runs without culture data, so
    // the pattern and month names are strings (format.date, format.month.N); strings without them give the ISO date,
    // which reads the same in every language.
    public string DateInWords(DateOnly date)
    {
        var month = Text(MonthKey + date.Month.ToString(CultureInfo.InvariantCulture));
        if (month.StartsWith(MonthKey, StringComparison.Ordinal) || Text(DateKey) == DateKey)
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Format(DateKey, ("day", date.Day.ToString(CultureInfo.InvariantCulture)), ("month", month),
            ("year", date.Year.ToString(CultureInfo.InvariantCulture)));
    }

    // A month of a year with no day ("March 2025", "mars 2025", "март 2025 г."), or the ISO month when the strings
    // have no words for it. A month standing alone takes format.monthAlone.N: Russian names it in the nominative
    // («март»), where a full date needs the genitive («10 марта»). Tables without it use format.month.N.
    public string MonthYearInWords(int year, int month)
    {
        var number = month.ToString(CultureInfo.InvariantCulture);
        var name = HasText(MonthAloneKey + number) ? Text(MonthAloneKey + number) : Text(MonthKey + number);
        if (name.StartsWith(MonthKey, StringComparison.Ordinal) || Text(MonthYearKey) == MonthYearKey)
            return $"{year:D4}-{month:D2}";
        return Format(MonthYearKey, ("month", name), ("year", year.ToString(CultureInfo.InvariantCulture)));
    }

    private const string DateKey = "format.date";
    private const string MonthYearKey = "format.monthYear";
    private const string MonthKey = "format.month.";
    private const string MonthAloneKey = "format.monthAlone.";

    private FrozenDictionary<string, FlowCommand> BuildCommands()
    {
        var map = new Dictionary<string, FlowCommand>(StringComparer.Ordinal);
        foreach (var table in new[] { this, _fallback })
        {
            if (table is null) continue;
            foreach (var command in Enum.GetValues<FlowCommand>())
            {
                foreach (var word in table.Words(EngineKeys.Words(command)).Append(table.Text(EngineKeys.Label(command))))
                {
                    var folded = TextFold.Fold(word);
                    if (folded.Length > 0) map.TryAdd(folded, command);
                }
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
