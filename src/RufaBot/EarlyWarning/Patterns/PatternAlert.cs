namespace RufaBot.EarlyWarning.Patterns;

/// <summary>
/// The last alert of one pattern: its key, the signature it had, and what the regional brief reports of it (rule,
/// country, how many concerns). A pattern is alerted again only when its signature changes.
/// </summary>
internal sealed class PatternAlert
{
    public string Key { get; init; } = "";

    public string CountryCode { get; init; } = "";

    public PatternRule Rule { get; init; }

    /// <summary>Concurrency token: two instances checking at once alert a change only once.</summary>
    public string Signature { get; set; } = "";

    public int ConcernCount { get; set; }

    /// <summary>The risk factors shared, as a comma list ("RF2,RF11"); empty for other rules.</summary>
    public string RiskFactors { get; set; } = "";

    public DateTimeOffset FirstAlertedAt { get; init; }

    public DateTimeOffset AlertedAt { get; set; }
}
