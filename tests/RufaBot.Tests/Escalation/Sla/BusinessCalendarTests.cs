using Microsoft.Extensions.Options;
using RufaBot.Escalation.Sla;

namespace RufaBot.Tests.Escalation.Sla;

/// <summary>Business days skip weekends and holidays in the calendar's time zone and keep the time of day.</summary>
public sealed class BusinessCalendarTests
{
    private static BusinessCalendar Calendar(SlaOptions options) => new(new Monitor(options));

    [Fact]
    public void OneBusinessDay_FromFridayAfternoon_IsMondayAfternoon()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), Calendar(new SlaOptions()).Add(friday, SlaTarget.Parse("1bd")));
    }

    [Fact]
    public void Holidays_AndAnotherWeekend_AreSkipped_InTheCalendarsTimeZone()
    {
        var options = new SlaOptions { TimeZone = "Asia/Dubai", WeekendDays = [DayOfWeek.Friday, DayOfWeek.Saturday], Holidays = [new DateOnly(2026, 12, 2)] };
        // Tuesday 1 December, 20:00 UTC is Wednesday 2 December 00:00 in Dubai: the holiday.
        var start = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

        var due = Calendar(options).Add(start, SlaTarget.Parse("2bd"));

        // Holiday start counts from midnight; Thursday 3 is one, Friday/Saturday skipped, Sunday 6 is two.
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.FromHours(4)), due);
    }

    [Theory]
    [InlineData("4h", 4 * 60)]
    [InlineData("30m", 30)]
    [InlineData("2d", 2 * 24 * 60)]
    public void ClockLengths_IgnoreTheCalendar(string target, int minutes)
    {
        var saturday = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(saturday.AddMinutes(minutes), Calendar(new SlaOptions()).Add(saturday, SlaTarget.Parse(target)));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0bd")]
    [InlineData("-3h")]
    public void BadLength_IsRefused(string text) => Assert.False(SlaTarget.TryParse(text, out _));

    [Fact]
    public void NextReview_UsesTheReviewCalendar()
    {
        var options = new SlaOptions { RegionalReviewDates = [new DateOnly(2026, 10, 1), new DateOnly(2027, 1, 15)] };

        Assert.Equal(new DateTimeOffset(2027, 1, 15, 0, 0, 0, TimeSpan.Zero), Calendar(options).Add(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), SlaTarget.Parse("review")));
    }

    private sealed class Monitor(SlaOptions value) : IOptionsMonitor<SlaOptions>
    {
        public SlaOptions CurrentValue => value;

        public SlaOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SlaOptions, string?> listener) => null;
    }
}
