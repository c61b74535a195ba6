using System.Globalization;
using System.Text.RegularExpressions;

namespace RufaBot.Dialogs.Parsing;

internal static partial class DatePhrases
{
    // "March", "since March 2024", "3 March", "March 3", "le 3 mars 2024", "10 марта 2025 года", "2023".
    private static bool TryCalendar(List<string> tokens, DateOnly today, out DateOnly date, out bool approximate)
    {
        date = default;
        approximate = false;
        // "10 марта 2025 года": the word for "year" after the year adds nothing.
        if (tokens.Count > 1 && DateWords.YearMarkers.Contains(tokens[^1]) && tokens[^2].Length == 4) tokens = tokens[..^1];
        // A month named twice in a row ("كانون الثاني/يناير", both names of January) is one month.
        tokens = [.. tokens.Where((t, i) => i == 0 || DateWords.Month(t) is not { } m || DateWords.Month(tokens[i - 1]) != m)];
        if (tokens.Count is 0 or > 3) return false;

        int? month = null, day = null, year = null;
        foreach (var t in tokens)
        {
            if (DateWords.Month(t) is { } m && month is null) month = m;
            else if (int.TryParse(t, out var n) && t.Length == 4 && year is null) year = n;
            else if (int.TryParse(t, out n) && t.Length <= 2 && day is null) day = n;
            else return false;
        }
        return FromParts(year, month, day, today, out date, out approximate);
    }

    // Chinese calendar dates: "2025年3月10日", "3月10号", "三月", "2023年", numerals in digits or in characters.
    private static bool TryChinese(string raw, DateOnly today, out DateOnly date, out bool approximate)
    {
        date = default;
        approximate = false;
        if (!raw.Any(TextFold.IsCjk)) return false;
        var m = ChineseDate().Match(ChineseNumerals.WithDigits(raw.Replace(" ", "", StringComparison.Ordinal)));
        if (!m.Success || !(m.Groups["y"].Success || m.Groups["m"].Success)) return false;
        return FromParts(Group(m, "y"), Group(m, "m"), Group(m, "d"), today, out date, out approximate);
    }

    // Without a year, the latest such date not after today; without a month, the year's first day, approximate.
    private static bool FromParts(int? year, int? month, int? day, DateOnly today, out DateOnly date, out bool approximate)
    {
        date = default;
        approximate = false;
        if (month is null)
        {
            if (year is null || day is not null) return false;
            approximate = true;
            return TryMake(year.Value, 1, 1, out date);
        }

        approximate = day is null;
        if (year is { } y) return TryMake(y, month.Value, day ?? 1, out date);
        if (!TryMake(today.Year, month.Value, day ?? 1, out date) && !TryMake(today.Year - 1, month.Value, day ?? 1, out date))
            return false;
        if (date > today) return TryMake(today.Year - 1, month.Value, day ?? 1, out date);
        return true;
    }

    private static int? Group(Match m, string name) =>
        m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?:自|从|在|于)?(?:(?<y>\d{4})年)?(?:(?<m>\d{1,2})月(?:份)?(?:(?<d>\d{1,2})[日号])?)?(?:以来|起|开始|左右)?$")]
    private static partial Regex ChineseDate();
}
