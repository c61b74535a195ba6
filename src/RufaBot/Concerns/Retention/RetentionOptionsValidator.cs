using Microsoft.Extensions.Options;

namespace RufaBot.Concerns.Retention;

/// <summary>Positive periods and batch size, each failure naming its key and an example.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        List<string> failures = [];
        if (options.ClosedConcernsPurgeAfter <= TimeSpan.Zero)
            failures.Add($"{RetentionOptions.Section}:ClosedConcernsPurgeAfter must be a positive time span (it is {options.ClosedConcernsPurgeAfter}), e.g. 365.00:00:00 for a year; to keep closed concerns for ever set {RetentionOptions.Section}:Enabled to false.");
        if (options.AnonymousLinksCutAfterClose < TimeSpan.Zero)
            failures.Add($"{RetentionOptions.Section}:AnonymousLinksCutAfterClose must not be negative (it is {options.AnonymousLinksCutAfterClose}), e.g. 30.00:00:00 for 30 days, or 00:00:00 to cut at the next round after close.");
        if (options.Interval < TimeSpan.FromSeconds(1))
            failures.Add($"{RetentionOptions.Section}:Interval must be at least 00:00:01 (it is {options.Interval}), e.g. 01:00:00.");
        if (options.BatchSize is < 1 or > 10_000)
            failures.Add($"{RetentionOptions.Section}:BatchSize must be between 1 and 10000 (it is {options.BatchSize}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
