using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BotProtocol;

/// <summary>One <see cref="OpenIdMetadataSource"/> per metadata URL, for the life of the process.</summary>
internal sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<OpenIdMetadataCache> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<OpenIdMetadataSource>> _sources = new(StringComparer.Ordinal);
    private readonly MetadataDocumentRetriever _documents = new(httpClientFactory);

    // URLs come only from configuration (never from a token), so the dictionary stays small.
    public OpenIdMetadataSource For(string metadataUrl) =>
        _sources.GetOrAdd(metadataUrl, url => new Lazy<OpenIdMetadataSource>(() => new OpenIdMetadataSource(url, _documents, time, logger))).Value;
}
