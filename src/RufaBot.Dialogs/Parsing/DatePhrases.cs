using System.Text.RegularExpressions;

namespace RufaBot.Dialogs.Parsing;

// Reads a date the way people type it, in any shipped language (Vocabulary/*.json), relative to an injected today:
// ISO (2024-03-15, what Input.Date sends), 15/03/2024, "yesterday", "3 days ago", "il y a une semaine", "hace tres días",
// "на прошлой неделе", "منذ ثلاثة أيام", "三天前", "last week", "lundi dernier", "since March", "10 марта 2025",
// "10 كانون الثاني 2025", "2025年3月10日". Digits of any script count. Periods give their first day, approximate.
internal static partial class DatePhrases
{
    public static bool TryParse(string input, DateOnly today, out DateOnly date, out bool approximate)
    {
        approximate = false;
        var raw = TextFold.AsciiDigits(input.Trim());
        if (TryNumeric(raw, out date) || TryChinese(raw, today, out date, out approximate)) return true;

        var folded = TextFold.Fold(raw);
        if (DateWords.Special.TryGetValue(folded, out var back))
        {
            date = today.AddDays(-back);
            return true;
        }

        var all = DateWords.Tokenizable(folded).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DateWords.StripOrdinal).ToList();
        // "منذ يوم" (a day ago) before its words are dropped as fillers ("يوم", "منذ" as in "since March").
        if (TryAgo(all, today, out date, out approximate)) return true;
        var tokens = all.Where(t => !DateWords.Fillers.Contains(t)).ToList();
        var phrase = string.Join(' ', tokens);
        if (DateWords.Special.TryGetValue(phrase, out back))
        {
            date = today.AddDays(-back);
            return true;
        }

        if (TryAgo(tokens, today, out date, out approximate) || TryPeriod(tokens, today, out date, out approximate)) return true;
        approximate = false;
        return TryWeekday(tokens, today, out date) || TryCalendar(tokens, today, out date, out approximate);
    }

    private static bool TryNumeric(string raw, out DateOnly date)
    {
        date = default;
        if (IsoDate().Match(raw) is { Success: true } iso)
            return TryMake(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), out date);
        if (DayMonthYear().Match(raw) is not { Success: true } dmy) return false;

        int a = Int(dmy, "a"), b = Int(dmy, "b"), year = Int(dmy, "y");
        if (year < 100) year += 2000;
        // Day first, as most of the UN writes it, unless only month-first can be valid (3/25/2024).
        return b > 12 ? TryMake(year, a, b, out date) : TryMake(year, b, a, out date);
    }

    // An amount of time before or after an "ago" word: "3 days ago", "il y a une semaine", "hace tres días",
    // "3 дня назад", "منذ ثلاثة أيام", "三天前"; the unit alone is one of it ("a week ago" in Russian: "неделю назад"),
    // an Arabic dual two ("منذ يومين").
    private static bool TryAgo(List<string> tokens, DateOnly today, out DateOnly date, out bool approximate)
    {
        date = default;
        approximate = false;
        var rest = WithoutAgo(tokens);
        if (rest is null) return false;

        int? amount;
        char? unit;
        switch (rest.Count)
        {
            case 1 when DateWords.Pair(rest[0]) is { } pair:
                (amount, unit) = (2, pair);
                break;
            case 1:
                (amount, unit) = (1, DateWords.Unit(rest[0]));
                break;
            case 2:
                (amount, unit) = (DateWords.Number(rest[0]), DateWords.Unit(rest[1]));
                break;
            default:
                return false;
        }
        if (amount is not { } n || unit is not { } u || n > 1200) return false;
        approximate = u != 'd';
        date = u switch
        {
            'd' => today.AddDays(-n),
            'w' => today.AddDays(-7 * n),
            'm' => today.AddMonths(-n),
            _ => today.AddYears(-n),
        };
        return true;
    }

    // The tokens around an "ago" word, or null when there is none; "about" and the like dropped.
    private static List<string>? WithoutAgo(List<string> tokens)
    {
        foreach (var before in DateWords.AgoBefore)
            if (tokens.Count > before.Length && tokens.Take(before.Length).SequenceEqual(before))
                return Essential(tokens.Skip(before.Length));
        foreach (var after in DateWords.AgoAfter)
            if (tokens.Count > after.Length && tokens.TakeLast(after.Length).SequenceEqual(after))
                return Essential(tokens.Take(tokens.Count - after.Length));
        return null;
    }

    // Fillers out, but not the unit words some languages also use as fillers ("يوم").
    private static List<string> Essential(IEnumerable<string> tokens) =>
        [.. tokens.Where(t => !DateWords.Fillers.Contains(t) || DateWords.Unit(t) is not null)];

    private static bool TryPeriod(List<string> tokens, DateOnly today, out DateOnly date, out bool approximate)
    {
        date = default;
        approximate = true;
        var unitTokens = tokens.Where(t => DateWords.Unit(t) is not null).ToList();
        if (tokens.Count != 2 || unitTokens.Count != 1) return false;
        var other = tokens.First(t => t != unitTokens[0]);
        var shift = DateWords.Last.Contains(other) ? 1 : DateWords.This.Contains(other) ? 0 : -1;
        if (shift < 0) return false;

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        date = DateWords.Unit(unitTokens[0]) switch
        {
            'w' => monday.AddDays(-7 * shift),
            'm' => new DateOnly(today.Year, today.Month, 1).AddMonths(-shift),
            'y' => new DateOnly(today.Year - shift, 1, 1),
            _ => today.AddDays(-shift),
        };
        approximate = DateWords.Unit(unitTokens[0]) != 'd';
        return true;
    }

    private static bool TryWeekday(List<string> tokens, DateOnly today, out DateOnly date)
    {
        date = default;
        if (tokens.Count is 0 or > 2 || tokens.Count(t => DateWords.Weekday(t) is not null) != 1) return false;
        if (tokens.Count == 2 && !tokens.Any(DateWords.Last.Contains)) return false;
        var day = tokens.Select(DateWords.Weekday).First(d => d is not null)!.Value;
        if (tokens.Count == 2 && tokens.Any(t => DateWords.Last.Contains(t) && t.Any(TextFold.IsCjk)))
        {
            // "上周一" is the Monday of last week (weeks start on Monday), not the latest Monday.
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
            date = monday.AddDays(((int)day + 6) % 7);
            return true;
        }
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && tokens.Count == 2) back = 7;
        date = today.AddDays(-back);
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    internal static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})([T ].*)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>\d{4}|\d{2})$")]
    private static partial Regex DayMonthYear();

}
