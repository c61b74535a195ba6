namespace BotProtocol;

/// <summary>Validates the <c>Authorization</c> header of an inbound request and binds it to the activity.</summary>
public interface IBotAuthenticator
{
    /// <summary>
    /// Checks the header as Azure Bot Service requires (see docs in README): issuer, audience, lifetime, signature,
    /// key endorsements for <paramref name="channelId"/>, and the <c>serviceurl</c> claim against
    /// <paramref name="serviceUrl"/>. With no app id configured, a request without a header is accepted only from a
    /// loopback caller with a loopback service URL.
    /// </summary>
    Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, bool callerIsLoopback, CancellationToken cancellationToken);
}
