using Microsoft.Extensions.Options;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// Adds SLA lengths to a start time. Business days skip the configured weekend days and holidays in the calendar's
/// time zone and keep the time of day (a concern acknowledged Friday 15:00 with 1bd is due Monday 15:00); a start
/// outside working days counts from the next working day's midnight.
/// </summary>
internal sealed class BusinessCalendar(IOptionsMonitor<SlaOptions> options)
{
    public DateTimeOffset Add(DateTimeOffset start, SlaTarget target)
    {
        var settings = options.CurrentValue;
        return target.Unit switch
        {
            SlaUnit.Minutes => start.AddMinutes(target.Amount),
            SlaUnit.Hours => start.AddHours(target.Amount),
            SlaUnit.Days => start.AddDays(target.Amount),
            SlaUnit.BusinessDays => AddBusinessDays(start, target.Amount, settings),
            _ => NextReview(start, settings),
        };
    }

    public bool IsBusinessDay(DateOnly day)
    {
        var settings = options.CurrentValue;
        return !settings.WeekendDays.Contains(day.DayOfWeek) && !settings.Holidays.Contains(day);
    }

    private DateTimeOffset AddBusinessDays(DateTimeOffset start, int days, SlaOptions settings)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var timeOfDay = local.TimeOfDay;
        if (!IsBusinessDay(day))
            timeOfDay = TimeSpan.Zero;
        for (var added = 0; added < days;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
                added++;
        }
        var due = day.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay), DateTimeKind.Unspecified);
        return new DateTimeOffset(due, zone.GetUtcOffset(due));
    }

    private static DateTimeOffset NextReview(DateTimeOffset start, SlaOptions settings)
    {
        var from = DateOnly.FromDateTime(start.UtcDateTime);
        var next = settings.RegionalReviewDates.Where(d => d > from).Order().Cast<DateOnly?>().FirstOrDefault();
        // Without a review calendar, a quarter from now stands in for "the next quarterly review".
        return next is { } review ? new DateTimeOffset(review.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : start.AddDays(91);
    }
}
