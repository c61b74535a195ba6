namespace RufaBot.Escalation.Files;

/// <summary>Section <c>FileLinks</c>: the links that let a focal point download a reporter's files.</summary>
internal sealed class FileLinkOptions
{
    public const string Section = "FileLinks";

    /// <summary>
    /// The address focal points reach this app at (e.g. <c>https://rufabot.example.org</c>); empty: the address Teams
    /// used to deliver the card action, which is this app's public address.
    /// </summary>
    public string? PublicAddress { get; set; }

    /// <summary>How long a download link works after the card gave it (default 10 minutes, at most an hour).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    internal static bool IsValid(FileLinkOptions o) =>
        o.Lifetime > TimeSpan.Zero && o.Lifetime <= TimeSpan.FromHours(1)
        && (string.IsNullOrWhiteSpace(o.PublicAddress) || Uri.TryCreate(o.PublicAddress, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http");
}
