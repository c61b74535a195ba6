using System.Collections.Frozen;
using RufaBot.Dialogs.Countries;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs;

// Every dialog and string table of a dialogs/ folder, validated and compiled once at startup.
// Immutable: register it as a singleton and share it between all turns.
public sealed class FlowCatalog
{
    private readonly FrozenDictionary<string, FlowDefinition> _flows;
    private readonly FrozenDictionary<string, IReadOnlyList<PromptChoice>> _countries;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Language, string Key), FrozenSet<string>> _foldedWords = new();

    internal FlowCatalog(IEnumerable<FlowDefinition> flows, StringCatalog strings)
    {
        _flows = flows.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        Strings = strings;
        _countries = strings.Tables.ToFrozenDictionary(
            t => t.Language,
            t => (IReadOnlyList<PromptChoice>)[.. CountryList.All
                .Select(c => new PromptChoice(c.Alpha2, c.Name(t.Language)))
                .OrderBy(c => Parsing.TextFold.Fold(c.Text), StringComparer.Ordinal)],
            StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> FlowIds => _flows.Keys;

    public IReadOnlyCollection<string> Languages => [.. Strings.Tables.Select(t => t.Language)];

    internal StringCatalog Strings { get; }

    public bool Contains(string flowId) => _flows.ContainsKey(flowId);

    // The language a locale resolves to: "fr-CA" → "fr", "de" → "en" when no de.json is shipped.
    public string LanguageFor(string? locale) => Strings.For(locale).Language;

    public string Title(string flowId, string? locale) => Strings.For(locale).Text(Flow(flowId).TitleKey);

    // Any string of the tables, e.g. "engine.expired" for a host that words expiry itself.
    public string Text(string key, string? locale) => Strings.For(locale).Text(key);

    /// <summary>A calendar date in the words of the reader's language: "10 March 2025", "10 mars 2025".</summary>
    public string DateInWords(DateOnly date, string? locale) => Strings.For(locale).DateInWords(date);

    /// <summary>A month of a year in the words of the reader's language: "March 2025", "mars 2025".</summary>
    public string MonthYearInWords(int year, int month, string? locale) => Strings.For(locale).MonthYearInWords(year, month);

    // Whether the tables define the key (in English, every language's fallback): a host's own variant of a string may be absent.
    public bool HasText(string key) => Strings.Default.HasText(key);

    /// <summary>No listed word or phrase is longer than this many characters (the strings loader refuses a longer one).</summary>
    public const int LongestWords = 200;

    // True when the user's text is one of the words listed under `key` (e.g. "host.words.feedback") in the
    // locale's table or in English, compared the forgiving way the engine compares answers.
    public bool IsWord(string key, string? text, string? locale)
    {
        // Command words are a few words long: a long message is never one, and is not folded on every check.
        if (string.IsNullOrWhiteSpace(text) || text.Length > LongestWords) return false;
        var folded = Parsing.TextFold.Fold(text);
        return FoldedWords(Strings.For(locale), key).Contains(folded) || FoldedWords(Strings.For("en"), key).Contains(folded);
    }

    // The words of a key, folded once per table and kept: IsWord runs several times on every message.
    private FrozenSet<string> FoldedWords(StringTable table, string key) =>
        _foldedWords.GetOrAdd((table.Language, key), static (_, arg) => arg.table.HasWords(arg.key)
            ? arg.table.Words(arg.key).Select(Parsing.TextFold.Fold).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty, (table, key));

    // The words listed under `key` in the locale's table (English's when it has none).
    public IReadOnlyList<string> Words(string key, string? locale) => Strings.For(locale).Words(key);

    // The rest of a command typed after one of the phrases listed under `key` in any language ("export induction UNDP"
    // → "UNDP"), or null when it starts with none. Every language's phrases count, as for the language command, so
    // an administrator is understood whatever language they are getting. The longest phrase wins; the phrase must
    // end at a word's end (a space, the text's end, or Chinese, which has no spaces).
    public string? AfterWords(string key, string text)
    {
        var typed = text.Trim().Replace('\u2019', '\'');
        foreach (var phrase in Strings.Tables.SelectMany(t => t.HasWords(key) ? t.Words(key) : []).OrderByDescending(p => p.Length))
        {
            if (phrase.Length == 0 || !typed.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                continue;
            var rest = typed[phrase.Length..];
            if (rest.Length == 0 || char.IsWhiteSpace(rest[0]) || Parsing.TextFold.IsCjk(phrase[^1]) || !char.IsLetterOrDigit(rest[0]))
                return rest.Trim();
        }
        return null;
    }

    // Every country, named and sorted for the locale: the choices of a searchable country picker.
    public IReadOnlyList<PromptChoice> Countries(string? locale) => _countries[Strings.For(locale).Language];

    internal FlowDefinition Flow(string flowId) =>
        _flows.TryGetValue(flowId, out var flow) ? flow : throw new ArgumentException($"No dialog '{flowId}' is loaded.", nameof(flowId));

    internal FlowDefinition? Find(string flowId) => _flows.GetValueOrDefault(flowId);
}
