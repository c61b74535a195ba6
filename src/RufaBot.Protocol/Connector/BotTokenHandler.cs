using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace BotProtocol;

/// <summary>
/// Puts the bot's bearer token on Connector requests, but only for trusted hosts. When a token exists and the host is
/// not trusted, the request is refused rather than sent without it (the Connector would answer 401 anyway, and a
/// silent downgrade would hide a poisoned service URL). A 401 gets one forced token refresh and one retry.
/// </summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokens, IServiceUrlTrust trust, ILogger<BotTokenHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var token = await tokens.GetTokenAsync(forceRefresh: false, cancellationToken);
        if (token is null)
        {
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken);
        }
        if (!trust.IsTrusted(uri))
        {
            Log.UntrustedServiceHost(logger, uri.Host);
            throw new ConnectorException(null, null, $"Refused to send the bot token to untrusted host '{uri.Host}'.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        Log.ConnectorTokenRejected(logger, CorrelationHeaders.OperationId(response), CorrelationHeaders.MsCv(response));
        var refreshed = await tokens.GetTokenAsync(forceRefresh: true, cancellationToken);
        if (refreshed is null)
            return response;
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed);
        return await base.SendAsync(request, cancellationToken);
    }
}
