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

    /// <summary>The largest file a reporter may send (default 10 MB); a larger one is refused and nothing of it kept.</summary>
    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Files one concern may have in all (default 10).</summary>
    public int MaxFilesPerConcern { get; set; } = 10;

    /// <summary>
    /// Files one post may carry (default 3). With <see cref="MaxFileBytes"/> it bounds a post's body: a larger body is
    /// refused before it is read.
    /// </summary>
    public int MaxFilesPerPost { get; set; } = 3;

    /// <summary>The largest body a follow-up post may have: its files at their largest, and room for the text.</summary>
    internal long MaxPostBytes => (long)MaxFilesPerPost * MaxFileBytes + 256 * 1024;

    internal static bool IsValid(WebDoorOptions o) =>
        o.Path is ['/', _, ..] && !o.Path.EndsWith('/') && !o.Path.Contains('?') && !o.Path.Contains('#')
        && o.FormLifetime > TimeSpan.Zero && o.PostsPerMinute > 0 && o.FailuresBeforeLock > 0
        && o.FailureWindow > TimeSpan.Zero && o.LockFor > TimeSpan.Zero
        && o.MaxFileBytes > 0 && o.MaxFilesPerConcern > 0 && o.MaxFilesPerPost > 0;
}
