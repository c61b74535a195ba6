using Microsoft.IdentityModel.Protocols;

namespace BotProtocol;

/// <summary>
/// Fetches metadata and JWKS documents through the named client. Requires https, except plain http to a loopback host
/// (tests and local tools); the rule applies to every document, so a loopback metadata file cannot point the keys
/// at a remote http host.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "BotProtocol.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !LoopbackUrl.IsAllowedForMetadata(uri))
            throw new InvalidOperationException($"OpenID document address '{address}' must be https (or http on loopback).");
        using var response = await httpClientFactory.CreateClient(HttpClientName).GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
            throw new IOException($"OpenID document '{address}' answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync(cancel);
    }
}
