namespace RufaBot.Dialogs.Parsing;

internal static partial class DatePhrases
{
    // "March", "since March 2024", "3 March", "March 3", "le 3 mars 2024", "2023".
    // Without a year, the latest such date not after today.
    private static bool TryCalendar(List<string> tokens, DateOnly today, out DateOnly date, out bool approximate)
    {
        date = default;
        approximate = false;
        if (tokens.Count is 0 or > 3) return false;

        int? month = null, day = null, year = null;
        foreach (var t in tokens)
        {
            if (DateWords.Month(t) is { } m && month is null) month = m;
            else if (int.TryParse(t, out var n) && t.Length == 4 && year is null) year = n;
            else if (int.TryParse(t, out n) && t.Length <= 2 && day is null) day = n;
            else return false;
        }

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
}
