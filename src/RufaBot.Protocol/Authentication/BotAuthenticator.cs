using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BotProtocol;

/// <summary>
/// Inbound authentication of <c>POST /api/messages</c> (bot-protocol.md §2): header shape, then a validation path
/// chosen from the token's unvalidated issuer, then binding to the activity's channel and service URL.
/// </summary>
internal sealed partial class BotAuthenticator(IOptions<BotOptions> options, JwtValidator validator, ILogger<BotAuthenticator> logger)
    : IBotAuthenticator
{
    internal const string ChannelPath = "channel";
    internal const string EntraPath = "entra";
    internal const string EmulatorPath = "emulator";
    internal const string AnonymousPath = "anonymous";

    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, bool callerIsLoopback, CancellationToken cancellationToken)
    {
        var result = await AuthenticateCoreAsync(authorizationHeader, channelId, serviceUrl, callerIsLoopback, cancellationToken);
        if (result.Succeeded)
            Log.BotTokenAccepted(logger, result.Path);
        else
            Log.BotTokenRejected(logger, result.Path, result.FailureReason);
        return result;
    }

    private async Task<BotAuthenticationResult> AuthenticateCoreAsync(
        string? header, string? channelId, string? serviceUrl, bool callerIsLoopback, CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (header is null)
            return bot.IsLocalDevelopment ? AuthenticateLocal(serviceUrl, callerIsLoopback) : BotAuthenticationResult.Fail("no Authorization header");
        if (!BearerHeader.TryParse(header, out var raw))
            return BotAuthenticationResult.Fail("Authorization header is not exactly 'Bearer <token>'");
        if (ReadToken(raw) is not { } token)
            return BotAuthenticationResult.Fail("bearer value is not a signed JWT");

        var path = SelectPath(bot, token.Issuer);
        // Local development still validates a presented token, and with no app id no audience can match.
        if (bot.IsLocalDevelopment)
            return BotAuthenticationResult.Fail("a token was presented but no MicrosoftAppId is configured to match its audience", path);
        return path switch
        {
            ChannelPath => await AuthenticateChannelAsync(bot, token, channelId, serviceUrl, cancellationToken),
            EmulatorPath => await AuthenticateEmulatorAsync(bot, token, channelId, serviceUrl, cancellationToken),
            _ => await AuthenticateEntraAsync(bot, token, channelId, serviceUrl, cancellationToken),
        };
    }

    private static string SelectPath(BotOptions bot, string issuer)
    {
        if (string.Equals(issuer, bot.ChannelTokenIssuer, StringComparison.Ordinal))
            return ChannelPath;
        if (bot.EnableEmulatorTokens && TokenIssuers.IsEmulator(issuer))
            return EmulatorPath;
        return EntraPath;
    }

    private BotAuthenticationResult AuthenticateLocal(string? serviceUrl, bool callerIsLoopback)
    {
        if (!callerIsLoopback)
            return BotAuthenticationResult.Fail("no app id is configured and the caller is not on loopback", AnonymousPath);
        if (!LoopbackUrl.IsLoopbackHttp(serviceUrl))
            return BotAuthenticationResult.Fail("no app id is configured and the service URL is not a loopback http(s) URL", AnonymousPath);
        Log.AnonymousLocalRequest(logger);
        return new BotAuthenticationResult(true, new ClaimsIdentity(authenticationType: AnonymousPath), AnonymousPath, null);
    }

    private static JsonWebToken? ReadToken(string raw)
    {
        try
        {
            var token = new JsonWebToken(raw);
            return token.IsEncrypted ? null : token;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
