using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace BotProtocol;

/// <summary>
/// The bot's outbound token from MSAL: client credentials (MultiTenant, SingleTenant) or a user-assigned managed
/// identity. MSAL caches the token; acquisitions are also serialised so a cold start under load asks Entra once.
/// </summary>
// msalHttp lets tests point MSAL at a fake token endpoint; null (the DI default) uses MSAL's own HttpClient.
internal sealed class BotTokenProvider(
    IOptions<BotOptions> options, ILogger<BotTokenProvider> logger, IMsalHttpClientFactory? msalHttp = null) : IBotTokenProvider
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Func<bool, CancellationToken, Task<AuthenticationResult>>? _acquire;

    public async ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (OutboundTokenRequest.From(options.Value) is not { } request)
            return null;

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _acquire ??= CreateAcquirer(request);
            var result = await _acquire(forceRefresh, cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            Log.TokenAcquisitionFailed(logger, ex, request.AppType, ex.ErrorCode);
            throw new ConnectorException(null, null, $"Could not acquire the bot's outbound token (MSAL error {ex.ErrorCode}).", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Func<bool, CancellationToken, Task<AuthenticationResult>> CreateAcquirer(OutboundTokenRequest request)
    {
        if (request.AppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(request.ClientId));
            if (msalHttp is not null)
                identity.WithHttpClientFactory(msalHttp);
            var app = identity.Build();
            return (force, ct) => app.AcquireTokenForManagedIdentity(request.Resource).WithForceRefresh(force).ExecuteAsync(ct);
        }

        var confidential = ConfidentialClientApplicationBuilder.Create(request.ClientId)
            .WithClientSecret(options.Value.AppPassword)
            .WithAuthority(request.Authority);
        if (msalHttp is not null)
            confidential.WithHttpClientFactory(msalHttp);
        var client = confidential.Build();
        return (force, ct) => client.AcquireTokenForClient([request.Scope]).WithForceRefresh(force).ExecuteAsync(ct);
    }
}
