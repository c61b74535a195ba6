namespace BotProtocol;

/// <summary>
/// Decides whether an outbound bearer token may be sent to a service URL: only to URLs that arrived on an
/// authenticated inbound activity, or whose host is configured as trusted (loopback only in local development).
/// </summary>
public interface IServiceUrlTrust
{
    /// <summary>Records a service URL taken from an activity whose token was validated.</summary>
    void TrustAuthenticated(string serviceUrl);

    /// <summary>True when a bearer token may be sent to <paramref name="uri"/>.</summary>
    bool IsTrusted(Uri uri);
}
