namespace RufaBot.Concerns.Retention;

/// <summary>Section <c>Concerns:Retention</c>: how long closed concerns keep their content and
/// anonymous ones their reporter link, and how often to look.</summary>
internal sealed class RetentionOptions
{
    public const string Section = "Concerns:Retention";

    public bool Enabled { get; set; } = true;

    /// <summary>Time from a concern's close to the purge of its content.</summary>
    public TimeSpan ClosedConcernsPurgeAfter { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Time from an anonymous concern's close to the cut of its reporter link (default 30 days): after it, nothing
    /// stored connects the concern to its reporter, and it leaves their "my concerns".
    /// </summary>
    public TimeSpan AnonymousLinksCutAfterClose { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Time between two looks for concerns due for purging.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Concerns read per query; a round goes on until none is due.</summary>
    public int BatchSize { get; set; } = 100;
}
