using System.Text.Json;
using System.Text.RegularExpressions;

namespace RufaBot.Tests.Languages;

/// <summary>
/// Every string file of every family exists in every language RufaBot speaks, with every English key, the same kind
/// of value (a text or a word list), the same placeholders, and no text left in English: a value identical to the
/// English passes only when it holds nothing to translate (placeholders, references, acronyms such as UNICEF or UTC,
/// numbers, punctuation) or is on one of two short explicit lists: <see cref="SameInEveryLanguage"/> (symbols written
/// alike everywhere) and <see cref="SameWordInLanguage"/> (words the language spells as English does).
/// </summary>
public sealed partial class CompletenessTests
{
    /// <summary>Keys whose English value is legitimately kept as is in every language, with the reason.</summary>
    private static readonly Dictionary<string, string> SameInEveryLanguage = new(StringComparer.Ordinal)
    {
        ["format.minutes"] = "the unit symbol min",
        ["format.hours"] = "the unit symbol h",
        ["format.days"] = "the unit symbol d",
    };

    /// <summary>Whole values that are the correct word in the language and happen to be spelt as in English.</summary>
    private static readonly Dictionary<string, string[]> SameWordInLanguage = new(StringComparer.Ordinal)
    {
        ["fr"] = ["Induction", "induction", "Source", "Sources", "Corroboration", "Confirmation"],
        ["es"] = ["No", "Error:", "auditor"],
    };

    [GeneratedRegex(@"\{[A-Za-z0-9_.]+\}")]
    private static partial Regex Placeholder();

    // What needs no translation: placeholders, references, URLs, Markdown and punctuation, digits.
    [GeneratedRegex(@"\{[A-Za-z0-9_.]+\}|HR-[A-Z0-9X]{4}-[A-Z0-9X]{4}|https?://\S+|RufaBot|\b[A-Z]{2,}\b|[\p{P}\p{S}\p{N}\s]")]
    private static partial Regex Untranslatable();

    public static TheoryData<string, string> FamiliesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var family in StringFiles.Families())
            foreach (var language in StringFiles.Translated)
                data.Add(family, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(FamiliesAndLanguages))]
    public void EveryFile_HasEveryEnglishKey_OfTheSameKind_AndNoOther(string family, string language)
    {
        var english = StringFiles.Read(family, "en")!;
        var translated = StringFiles.Read(family, language);
        Assert.True(translated is not null, $"{Path.GetFileName(StringFiles.PathOf(family, language))} does not exist");

        var theirs = translated.ToDictionary(p => p.Key, p => p.Value.ValueKind);
        var missing = english.Where(p => !theirs.ContainsKey(p.Key)).Select(p => p.Key).ToList();
        var extra = theirs.Keys.Except(english.Select(p => p.Key)).ToList();
        var otherKind = english.Where(p => theirs.TryGetValue(p.Key, out var kind) && kind != p.Value.ValueKind).Select(p => p.Key).ToList();
        Assert.True(missing.Count + extra.Count + otherKind.Count == 0,
            $"{family}.{language}: missing [{string.Join(", ", missing)}]; not in English [{string.Join(", ", extra)}]; other kind [{string.Join(", ", otherKind)}]");
    }

    [Theory]
    [MemberData(nameof(FamiliesAndLanguages))]
    public void EveryText_KeepsItsPlaceholders(string family, string language)
    {
        var translated = (StringFiles.Read(family, language) ?? []).Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Key, p => p.Value.GetString()!);
        var changed = StringFiles.Read(family, "en")!
            .Where(p => p.Value.ValueKind == JsonValueKind.String && translated.ContainsKey(p.Key))
            .Where(p => !Placeholders(p.Value.GetString()!).SequenceEqual(Placeholders(translated[p.Key])))
            .Select(p => $"{p.Key}: [{string.Join(" ", Placeholders(p.Value.GetString()!))}] became [{string.Join(" ", Placeholders(translated[p.Key]))}]")
            .ToList();
        Assert.True(changed.Count == 0, $"{family}.{language}:\n" + string.Join("\n", changed));
    }

    [Theory]
    [MemberData(nameof(FamiliesAndLanguages))]
    public void NoValue_IsLeftInEnglish(string family, string language)
    {
        var translated = (StringFiles.Read(family, language) ?? []).ToDictionary(p => p.Key, p => p.Value);
        var untranslated = StringFiles.Read(family, "en")!
            .Where(p => translated.TryGetValue(p.Key, out var theirs) && Same(p.Value, theirs))
            .Where(p => !SameInEveryLanguage.ContainsKey(p.Key) && StringFiles.Texts(p.Value).Any(NeedsTranslation))
            .Where(p => !(p.Value.ValueKind == JsonValueKind.String && SameWordInLanguage.GetValueOrDefault(language, []).Contains(p.Value.GetString())))
            .Select(p => p.Key)
            .ToList();
        Assert.True(untranslated.Count == 0, $"{family}.{language} still in English: {string.Join(", ", untranslated)}");
    }

    [Fact]
    public void TheChecks_CatchWhatTheyAreFor()
    {
        Assert.Equal(["{a}", "{b}"], Placeholders("x {b} y {a}"));
        Assert.True(NeedsTranslation("Next"));
        Assert.False(NeedsTranslation("{reference} · {date}"));
        Assert.False(NeedsTranslation("HR-XXXX-XXXX"));
        Assert.False(NeedsTranslation("{date}, {time} UTC"));
        Assert.True(NeedsTranslation("Send to UNICEF"));
        Assert.True(Same(JsonDocument.Parse("[\"a\",\"b\"]").RootElement, JsonDocument.Parse("[\"a\",\"b\"]").RootElement));
        Assert.False(Same(JsonDocument.Parse("[\"a\",\"b\"]").RootElement, JsonDocument.Parse("[\"a\",\"c\"]").RootElement));
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static bool NeedsTranslation(string text) => Untranslatable().Replace(text, "").Any(char.IsLetter);

    private static bool Same(JsonElement a, JsonElement b) =>
        a.ValueKind == b.ValueKind && StringFiles.Texts(a).SequenceEqual(StringFiles.Texts(b), StringComparer.Ordinal);
}
