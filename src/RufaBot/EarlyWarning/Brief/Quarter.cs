using System.Globalization;
using System.Text.RegularExpressions;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>A calendar quarter, written "2026-Q4". The brief covers concerns submitted from <see cref="Start"/> to before <see cref="End"/>.</summary>
internal readonly partial record struct Quarter(int Year, int Number)
{
    public DateOnly Start => new(Year, 3 * (Number - 1) + 1, 1);

    /// <summary>The first day after the quarter.</summary>
    public DateOnly End => Start.AddMonths(3);

    public DateTimeOffset StartsAt => new(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset EndsAt => new(End.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public static Quarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    /// <summary>
    /// The quarter a review looks back on: the last one that ends before the next <paramref name="reviewDates"/> entry
    /// on or after <paramref name="today"/>; with no review ahead, the last quarter that has ended.
    /// </summary>
    public static Quarter ForNextReview(DateOnly today, IEnumerable<DateOnly> reviewDates)
    {
        var review = reviewDates.Where(d => d >= today).Order().Cast<DateOnly?>().FirstOrDefault() ?? today;
        return Of(review).Previous;
    }

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
            return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2999 || number is < 1 or > 4)
            return false;
        quarter = new Quarter(year, number);
        return true;
    }

    public override string ToString() => $"{Year.ToString(CultureInfo.InvariantCulture)}-Q{Number.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^(?<year>\d{4})[- ]?[Qq]\s?(?<q>\d)$|^[QqTt](?<q>\d)[- ]?(?<year>\d{4})$")]
    private static partial Regex Pattern();
}
