using System.Globalization;
using System.Text;
using RufaBot.Dialogs;

namespace RufaBot.Cards;

/// <summary>
/// Dates, times, numbers and time spans as the reader reads them: in their language and, where Teams told us
/// (<see cref="ClientTimeZone"/>), their time zone; without one, times are in UTC and say so. The app runs with
/// invariant globalization (no culture data), so month names, patterns and separators are strings
/// (<c>format.*</c> in <c>dialogs/strings</c>): a new language formats its own way by adding its file.
/// </summary>
internal sealed class ReaderFormat(FlowCatalog catalog, string? locale, TimeZoneInfo? zone = null)
{
    public TimeZoneInfo? Zone => zone;

    /// <summary>"7 December 2026, 14:05" in the reader's zone, or "7 December 2026, 13:05 UTC" when it is not known.</summary>
    public string DateTime(DateTimeOffset at)
    {
        var local = Local(at);
        var date = Date(DateOnly.FromDateTime(local.DateTime));
        var time = Fill("format.time", ("hour", local.Hour.ToString("00", CultureInfo.InvariantCulture)), ("minute", local.Minute.ToString("00", CultureInfo.InvariantCulture)));
        return Fill(zone is null ? "format.dateTimeUtc" : "format.dateTime", ("date", date), ("time", time));
    }

    /// <summary>A calendar date with no time of day (a date of events): no zone applies.</summary>
    public string Date(DateOnly date) => catalog.DateInWords(date, locale);

    public string MonthYear(DateOnly date) => catalog.MonthYearInWords(date.Year, date.Month, locale);

    /// <summary>A whole number with the reader's digit grouping: "1,200" or "1 200".</summary>
    public string Number(long n)
    {
        var digits = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
        var separator = Text("format.groupSeparator");
        var grouped = new StringBuilder(digits.Length + digits.Length / 3 * separator.Length + 1);
        if (n < 0)
            grouped.Append('-');
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
                grouped.Append(separator);
            grouped.Append(digits[i]);
        }
        return grouped.ToString();
    }

    /// <summary>A length of time, to the nearest unit a reader needs: "45 min", "4 h" (for 3 h 59 min), "3 d".</summary>
    public string Span(TimeSpan span)
    {
        span = span.Duration();
        if (span < TimeSpan.FromMinutes(59.5))
            return Fill("format.minutes", ("n", Number(Math.Max(1, (long)Math.Round(span.TotalMinutes)))));
        if (span < TimeSpan.FromHours(47.5))
            return Fill("format.hours", ("n", Number((long)Math.Round(span.TotalHours))));
        return Fill("format.days", ("n", Number((long)Math.Round(span.TotalDays))));
    }

    /// <summary>How long ago <paramref name="at"/> was: "5 h ago", "just now".</summary>
    public string Ago(DateTimeOffset at, DateTimeOffset now) =>
        now - at < TimeSpan.FromMinutes(1) ? Text("format.justNow") : Fill("format.ago", ("span", Span(now - at)));

    public string Text(string key) => catalog.Text(key, locale);

    public string Fill(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = catalog.Text(key, locale);
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    private DateTimeOffset Local(DateTimeOffset at) => zone is null ? at.ToUniversalTime() : TimeZoneInfo.ConvertTime(at, zone);
}
