using System.Net;

namespace BotProtocol;

/// <summary>Loopback tests for URLs: 127.0.0.0/8, ::1 and <c>localhost</c>.</summary>
internal static class LoopbackUrl
{
    /// <summary>True for an absolute http(s) URL whose host is loopback.</summary>
    public static bool IsLoopbackHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && IsLoopbackHost(uri);

    /// <summary>Metadata may be fetched over https, or over plain http only from a loopback host (tests, local tools).</summary>
    public static bool IsAllowedForMetadata(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopbackHost(uri));

    private static bool IsLoopbackHost(Uri uri) =>
        string.Equals(uri.DnsSafeHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
