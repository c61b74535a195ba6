using Microsoft.Identity.Client;

namespace BotProtocol.Tests.Connector;

/// <summary>
/// Sends MSAL's HTTP to a loopback server instead of Entra or IMDS, keeping path and query and telling the fake
/// which host MSAL meant in <c>X-Original-Host</c>. MSAL itself still sees its real https authority.
/// </summary>
internal sealed class LoopbackMsalHttpClientFactory(Uri loopback) : IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(new Redirect(loopback));

    public HttpClient GetHttpClient() => _client;

    private sealed class Redirect(Uri loopback) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var original = request.RequestUri!;
            request.Headers.TryAddWithoutValidation("X-Original-Host", original.Host);
            request.RequestUri = new Uri(loopback, original.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
