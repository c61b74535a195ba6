namespace BotProtocol;

/// <summary>How Connector calls are retried (§3.5). Internal: tests shorten the delays; production keeps the defaults.</summary>
internal sealed class ConnectorRetryOptions
{
    /// <summary>Retries after the first attempt; Teams guidance caps this at about 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay when the Connector gives no <c>Retry-After</c>; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on a computed backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the call fails with 429 instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
