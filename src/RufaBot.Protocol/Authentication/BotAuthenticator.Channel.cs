using Microsoft.IdentityModel.JsonWebTokens;

namespace BotProtocol;

internal sealed partial class BotAuthenticator
{
    /// <summary>Path A (§2.2): a Bot Framework channel token, e.g. from Teams via Azure Bot Service.</summary>
    private async Task<BotAuthenticationResult> AuthenticateChannelAsync(
        BotOptions bot, JsonWebToken token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var parameters = validator.CreateParameters(bot.ChannelTokenIssuer, bot.AppId!);
        var check = await validator.ValidateAsync(token, parameters, bot.ChannelOpenIdMetadataUrl, cancellationToken);
        if (check.Failure is not null)
            return BotAuthenticationResult.Fail(check.Failure, ChannelPath);

        // Channel tokens always carry serviceurl; without it the token is not bound to this activity.
        var failure = CheckEndorsement(check, channelId) ?? CheckServiceUrl(check.Token!, serviceUrl, required: true);
        return failure is null
            ? new BotAuthenticationResult(true, check.Identity, ChannelPath, null)
            : BotAuthenticationResult.Fail(failure, ChannelPath);
    }
}
