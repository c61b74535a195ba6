namespace RufaBot.Dialogs.Parsing;

// One language's words for dates and numbers, read from the embedded Vocabulary/<lang>.json and folded as input
// is (so the files are written naturally: "aujourd'hui", "الأسبوع", "ё"). Adding a language is adding a file.
internal sealed class LanguageWords
{
    public required string Language { get; init; }

    // Languages writing 3,5 for three and a half.
    public bool DecimalComma { get; init; }

    public required IReadOnlyDictionary<string, int> DaysBack { get; init; }

    public required IReadOnlyList<string> Fillers { get; init; }

    public required IReadOnlyList<string> Last { get; init; }

    public required IReadOnlyList<string> This { get; init; }

    // Words before ("il y a", "hace", "منذ") or after ("ago", "назад", "前") an amount of time, one token list each.
    public required IReadOnlyList<string[]> AgoBefore { get; init; }

    public required IReadOnlyList<string[]> AgoAfter { get; init; }

    public required IReadOnlyDictionary<string, int> Numbers { get; init; }

    // d, w, m or y for each unit word; Pairs are Arabic duals, two of a unit in one word (يومين).
    public required IReadOnlyDictionary<string, char> Units { get; init; }

    public required IReadOnlyDictionary<string, char> Pairs { get; init; }

    // Words after a year that are no part of the date ("2025 года").
    public required IReadOnlyList<string> YearMarkers { get; init; }

    public required IReadOnlyList<string[]> Months { get; init; }

    public required IReadOnlyList<string[]> Weekdays { get; init; }

    // A cry for help ("au secours", "помогите", "救命") is someone in danger, never a question about the form.
    public required IReadOnlyList<string> CriesForHelp { get; init; }
}
