using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace BotProtocol;

/// <summary>
/// The cached metadata of one URL: a <see cref="ConfigurationManager{T}"/> (refreshed every 12 hours, last good
/// configuration kept when a fetch fails) and one forced refresh when a token names an unknown signing key.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    /// <summary>At most one forced refresh per URL in this interval, so tokens with made-up key ids cannot make us fetch in a loop.</summary>
    internal static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(15);

    private readonly ConfigurationManager<EndorsedOpenIdConfiguration> _manager;
    private readonly EndorsedConfigurationRetriever _retriever;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastForcedRefresh;

    public OpenIdMetadataSource(string url, IDocumentRetriever documents, TimeProvider time, ILogger logger)
    {
        _time = time;
        _logger = logger;
        _retriever = new EndorsedConfigurationRetriever(logger);
        _manager = new ConfigurationManager<EndorsedOpenIdConfiguration>(url, _retriever, documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            // Forced refreshes are throttled above; the manager must not silently drop the one we ask for.
            RefreshInterval = BaseConfigurationManager.MinimumRefreshInterval,
        };
    }

    /// <summary>The cached configuration; the first call fetches it and throws when that fails.</summary>
    public Task<EndorsedOpenIdConfiguration> GetAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Refreshes once (unless one was forced recently) and returns the newest configuration; after a failed fetch, the
    /// last good one.
    /// </summary>
    public async Task<EndorsedOpenIdConfiguration> RefreshAsync(CancellationToken cancellationToken)
    {
        if (!TryClaimForcedRefresh())
        {
            Log.ForcedRefreshSkipped(_logger, _manager.MetadataAddress, ForcedRefreshInterval);
            return _retriever.Latest ?? await GetAsync(cancellationToken);
        }

        var fetch = _retriever.NextFetch;
        _manager.RequestRefresh();
        // With the blocking switch this call performs the fetch; by default (IdentityModel 8) the fetch runs in the
        // background and this returns the old configuration, so we wait for the fetch to report.
        var current = await GetAsync(cancellationToken);
        try
        {
            return await fetch.WaitAsync(RefreshWait, cancellationToken) ?? _retriever.Latest ?? current;
        }
        catch (TimeoutException)
        {
            // Only when the manager dropped our request (its own 1 s throttle runs on the system clock).
            return _retriever.Latest ?? current;
        }
    }

    private bool TryClaimForcedRefresh()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_lastForcedRefresh is { } last && now - last < ForcedRefreshInterval)
                return false;
            _lastForcedRefresh = now;
            return true;
        }
    }
}
