using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace BotProtocol;

/// <summary>
/// Reads the metadata document, then its <c>jwks_uri</c> once, keeping keys and endorsements together. Reports the
/// outcome of every fetch so a caller that asked for a refresh can wait for it (see <see cref="OpenIdMetadataSource"/>).
/// </summary>
internal sealed class EndorsedConfigurationRetriever(ILogger logger) : IConfigurationRetriever<EndorsedOpenIdConfiguration>
{
    private TaskCompletionSource<EndorsedOpenIdConfiguration?> _nextFetch = NewFetch();
    private volatile EndorsedOpenIdConfiguration? _latest;

    /// <summary>The newest configuration fetched successfully, possibly not yet installed by the manager.</summary>
    public EndorsedOpenIdConfiguration? Latest => _latest;

    /// <summary>Completes when the next fetch ends: with its configuration, or null when it failed.</summary>
    public Task<EndorsedOpenIdConfiguration?> NextFetch => Volatile.Read(ref _nextFetch).Task;

    public async Task<EndorsedOpenIdConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        try
        {
            var configuration = new EndorsedOpenIdConfiguration(await retriever.GetDocumentAsync(address, cancel));
            if (string.IsNullOrEmpty(configuration.JwksUri))
                throw new InvalidOperationException($"OpenID metadata '{address}' has no jwks_uri.");
            configuration.AddKeys(await retriever.GetDocumentAsync(configuration.JwksUri, cancel));
            Log.MetadataFetched(logger, address, configuration.SigningKeys.Count);
            _latest = configuration;
            Interlocked.Exchange(ref _nextFetch, NewFetch()).TrySetResult(configuration);
            return configuration;
        }
        catch (Exception exception)
        {
            Log.MetadataFetchFailed(logger, exception, address);
            Interlocked.Exchange(ref _nextFetch, NewFetch()).TrySetResult(null);
            throw;
        }
    }

    private static TaskCompletionSource<EndorsedOpenIdConfiguration?> NewFetch() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
