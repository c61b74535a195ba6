using Microsoft.Extensions.Options;

namespace RufaBot.EarlyWarning;

/// <summary>Refuses settings that would alert on everything, on nothing, or never run.</summary>
internal sealed class EarlyWarningOptionsValidator : IValidateOptions<EarlyWarningOptions>
{
    public ValidateOptionsResult Validate(string? name, EarlyWarningOptions options)
    {
        var problems = new List<string>();
        if (options.Relations.Threshold is <= 0 or > 1)
            problems.Add("EarlyWarning:Relations:Threshold must be above 0 and at most 1.");
        if (options.Relations.MaxCandidates < 1 || options.Relations.MaxLinks < 1 || options.Relations.RecentDays < 0 || options.Relations.DateWindowDays < 0)
            problems.Add("EarlyWarning:Relations: MaxCandidates and MaxLinks must be at least 1, RecentDays and DateWindowDays not negative.");
        var p = options.Patterns;
        if (p.WindowDays < 1 || p.SharedRiskFactorCount < 2 || p.SamePlaceEntities < 2 || p.SeverityRiseMinimum < 1 || p.SeverityRise <= 0)
            problems.Add("EarlyWarning:Patterns: WindowDays ≥ 1, SharedRiskFactorCount ≥ 2, SamePlaceEntities ≥ 2, SeverityRiseMinimum ≥ 1, SeverityRise > 0.");
        if (p.CheckInterval <= TimeSpan.Zero || options.Brief.ScheduleInterval <= TimeSpan.Zero || options.CheckIns.CheckInterval <= TimeSpan.Zero)
            problems.Add("EarlyWarning: every interval must be positive.");
        if (options.Brief.SmallCount < 1 || options.Brief.LinkLifetime <= TimeSpan.Zero || options.Brief.DaysBeforeReview < 0)
            problems.Add("EarlyWarning:Brief: SmallCount ≥ 1, LinkLifetime positive, DaysBeforeReview not negative.");
        if (options.CheckIns.SubmissionSchedule.Concat(options.CheckIns.CloseSchedule).Any(d => d < 1))
            problems.Add("EarlyWarning:CheckIns: every day count must be at least 1.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
