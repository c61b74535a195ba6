using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>
/// Decides where the bot's bearer token may go (§3.6): origins seen on authenticated activities, https hosts in
/// <see cref="BotOptions.TrustedServiceHosts"/> and their subdomains, and loopback only in local development or when
/// a trusted-host entry names it exactly.
/// </summary>
internal sealed class ServiceUrlTrust(IOptions<BotOptions> options) : IServiceUrlTrust
{
    /// <summary>Bound on recorded origins: a flood of distinct service URLs must not grow memory without end.</summary>
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, byte> _authenticated = new(StringComparer.Ordinal);
    private readonly Lazy<string[]> _trustedHosts = new(() => [.. options.Value.TrustedServiceHosts.Select(Normalize).Where(h => h.Length > 0)]);

    public void TrustAuthenticated(string serviceUrl)
    {
        // A malformed URL is ignored here; the outbound call with it fails on its own.
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !IsHttp(uri))
            return;
        if (_authenticated.Count < Capacity)
            _authenticated.TryAdd(Origin(uri), 0);
    }

    public bool IsTrusted(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || !IsHttp(uri))
            return false;
        if (_authenticated.ContainsKey(Origin(uri)))
            return true;
        var host = Normalize(uri.IdnHost);
        if (uri.IsLoopback)
            return options.Value.IsLocalDevelopment || _trustedHosts.Value.Contains(host);
        if (uri.Scheme != Uri.UriSchemeHttps)
            return false;
        // IP addresses have no subdomains: "10.0.0.1" must not match an entry "0.0.1".
        var dns = uri.HostNameType == UriHostNameType.Dns;
        return _trustedHosts.Value.Any(entry => host == entry || (dns && host.EndsWith("." + entry, StringComparison.Ordinal)));
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;

    private static string Origin(Uri uri) => $"{uri.Scheme}://{Normalize(uri.IdnHost)}:{uri.Port}";

    private static string Normalize(string host) => host.Trim().TrimStart('*').Trim('.', '[', ']').ToLowerInvariant();
}
