using Microsoft.Extensions.Options;

namespace RufaBot.RateLimiting;

/// <summary>Each limit needs a positive count and a window of at least a second, named by its configuration key.</summary>
internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        List<string> failures = [];
        Check(options.PerUser, nameof(options.PerUser), failures);
        Check(options.PerConversation, nameof(options.PerConversation), failures);
        Check(options.Endpoint, nameof(options.Endpoint), failures);
        Check(options.FailedAuthentications, nameof(options.FailedAuthentications), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(WindowLimit limit, string name, List<string> failures)
    {
        var key = $"{RateLimitingOptions.Section}:{name}";
        if (limit.PermitLimit < 1)
            failures.Add($"{key}:PermitLimit must be at least 1 (it is {limit.PermitLimit}); to turn limiting off set {RateLimitingOptions.Section}:Enabled to false.");
        if (limit.Window < TimeSpan.FromSeconds(1))
            failures.Add($"{key}:Window must be at least 00:00:01 (it is {limit.Window}), e.g. 00:01:00 for a minute.");
    }
}
