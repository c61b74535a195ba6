using Microsoft.Extensions.Options;

namespace RufaBot.Escalation.Sla;

/// <summary>Refuses SLA settings that would silence or flood reminders, naming the key and the fix.</summary>
internal sealed class SlaOptionsValidator : IValidateOptions<SlaOptions>
{
    public ValidateOptionsResult Validate(string? name, SlaOptions options)
    {
        var problems = new List<string>();
        var section = SlaOptions.Section;
        foreach (var (milestone, target) in options.Targets)
        {
            if (!Enum.GetNames<SlaMilestone>().Contains(milestone, StringComparer.OrdinalIgnoreCase))
                problems.Add($"{section}:Targets:{milestone} is not a milestone; use one of {string.Join(", ", Enum.GetNames<SlaMilestone>())}.");
            if (!SlaTarget.TryParse(target.Normal, out _))
                problems.Add($"{section}:Targets:{milestone}:Normal '{target.Normal}' is not an SLA length; use e.g. 4h, 30m, 2d, 3bd or review.");
            if (target.Severe is { } severe && !SlaTarget.TryParse(severe, out _))
                problems.Add($"{section}:Targets:{milestone}:Severe '{severe}' is not an SLA length; use e.g. 4h, 30m, 2d, 3bd or review.");
        }
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            problems.Add($"{section}:TimeZone '{options.TimeZone}' is not a known time zone; use an IANA id such as Africa/Nairobi or UTC.");
        }
        if (options.WeekendDays.Distinct().Count() >= 7)
            problems.Add($"{section}:WeekendDays leaves no business day; list at most six days.");
        if (options.Reminders < 0 || options.MaxAlerts < 1 || options.MaxAlerts > 10)
            problems.Add($"{section}: Reminders must be 0 or more and MaxAlerts between 1 and 10, so a missed deadline is reported without flooding anyone.");
        if (options.StepInterval < TimeSpan.FromMinutes(1))
            problems.Add($"{section}:StepInterval must be at least a minute, or reminders would flood the focal points.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
