namespace RufaBot.Web;

/// <summary>Section <c>WebDoor</c>: the anonymous web pages to raise and follow up a concern (docs/web-door.md).</summary>
internal sealed class WebDoorOptions
{
    public const string Section = "WebDoor";

    /// <summary>Serve the pages (default true). Off: every path of the door answers 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the door lives (default <c>/report</c>); the follow-up page is <c>{Path}/follow-up</c>.</summary>
    public string Path { get; set; } = "/report";

    /// <summary>
    /// Serve the door only on this host name (e.g. <c>report.example.org</c>), so that it can live apart from the bot's
    /// address; empty: any host.
    /// </summary>
    public string? Host { get; set; }

    /// <summary>How long an unfinished form stays usable after its last page (default 2 hours): its encrypted state expires then.</summary>
    public TimeSpan FormLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Answers posted to the door per minute, from everyone together (default 600); counted without any address.</summary>
    public int PostsPerMinute { get; set; } = 600;

    /// <summary>Wrong passphrases for one reference within <see cref="FailureWindow"/> before it is locked (default 5).</summary>
    public int FailuresBeforeLock { get; set; } = 5;

    /// <summary>The window in which wrong passphrases for one reference are counted (default 15 minutes).</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a reference stays locked after too many wrong passphrases (default 1 hour).</summary>
    public TimeSpan LockFor { get; set; } = TimeSpan.FromHours(1);

    internal static bool IsValid(WebDoorOptions o) =>
        o.Path is ['/', _, ..] && !o.Path.EndsWith('/') && !o.Path.Contains('?') && !o.Path.Contains('#')
        && o.FormLifetime > TimeSpan.Zero && o.PostsPerMinute > 0 && o.FailuresBeforeLock > 0
        && o.FailureWindow > TimeSpan.Zero && o.LockFor > TimeSpan.Zero;
}
