using System.Collections.Frozen;
using RufaBot.Dialogs.Parsing;

namespace RufaBot.Dialogs.Strings;

// All language files. A locale picks its exact file ("fr-CA"), then its language ("fr"), then English.
internal sealed class StringCatalog
{
    public const string DefaultLanguage = "en";

    private readonly FrozenDictionary<string, StringTable> _tables;

    public StringCatalog(IReadOnlyDictionary<string, StringTable> tables)
    {
        _tables = tables.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Default = _tables[DefaultLanguage];
        // Yes and no are understood in every shipped language: "oui" is a fine answer in English too.
        Yes = Collect(EngineKeys.YesWords, EngineKeys.Yes);
        No = Collect(EngineKeys.NoWords, EngineKeys.No);
    }

    public StringTable Default { get; }

    public IEnumerable<StringTable> Tables => _tables.Values;

    public FrozenSet<string> Yes { get; }

    public FrozenSet<string> No { get; }

    public StringTable For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return Default;
        var tag = locale.Replace('_', '-');
        if (_tables.TryGetValue(tag, out var exact)) return exact;
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && _tables.TryGetValue(tag[..dash], out var language) ? language : Default;
    }

    private FrozenSet<string> Collect(string wordsKey, string labelKey) =>
        _tables.Values
            .SelectMany(t => t.Words(wordsKey).Append(t.Text(labelKey)))
            .Select(TextFold.Fold)
            .ToFrozenSet(StringComparer.Ordinal);
}
