using RufaBot.Concerns;
using RufaBot.Concerns.Intake;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>
/// A seeded data set for the brief: concerns in two countries of one region and one elsewhere, in 2026-Q3 and the
/// quarter before, some acknowledged in time, some after an SLA reminder, some closed. Built with the domain's own
/// transitions, at chosen times.
/// </summary>
internal static class BriefSeed
{
    public static readonly ConcernActor FocalPoint = new(ConcernRole.EntityFocalPoint, "actor-key");

    public static List<Concern> Build()
    {
        var concerns = new List<Concern>();
        var q3 = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
        // Five grave concerns in CD: four acknowledged after 2, 4, 6, 8 hours, the last after a reminder.
        for (var i = 0; i < 5; i++)
        {
            var at = q3.AddDays(10 * i);
            var c = EarlyWarningSamples.Concern(at: at);
            if (i == 4)
                c.RecordSlaStep(ConcernEventKind.SlaReminderSent, "Acknowledge due", at.AddHours(5));
            c.Acknowledge(FocalPoint, at.AddHours(2 * (i + 1)));
            if (i < 2)
                c.Close("advice given", FocalPoint, at.AddDays(1));
            concerns.Add(c);
        }
        // Two mild ones in UG (a small group), never acknowledged.
        concerns.Add(EarlyWarningSamples.Concern(i => EarlyWarningSamples.Unlike(i) with { CountryCode = "UG" }, q3.AddDays(20)));
        concerns.Add(EarlyWarningSamples.Concern(i => EarlyWarningSamples.Unlike(i) with { CountryCode = "UG" }, q3.AddDays(21)));
        // The previous quarter: three in CD.
        for (var i = 0; i < 3; i++)
            concerns.Add(EarlyWarningSamples.Concern(EarlyWarningSamples.Unlike, q3.AddDays(-20 - i)));
        // After the quarter, and in another region: not counted.
        concerns.Add(EarlyWarningSamples.Concern(at: q3.AddMonths(3).AddDays(1)));
        concerns.Add(EarlyWarningSamples.Concern(i => i with { CountryCode = "FR" }, q3.AddDays(5)));
        return concerns;
    }
}
