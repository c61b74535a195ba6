using Microsoft.IdentityModel.JsonWebTokens;

namespace BotProtocol;

internal sealed partial class BotAuthenticator
{
    /// <summary>
    /// Path C (§2.4), only when <see cref="BotOptions.EnableEmulatorTokens"/> is on: the Emulator signs with the bot's
    /// own credentials, so the token's app id (<c>appid</c> for ver 1.0, <c>azp</c> for 2.0) must be the bot's.
    /// </summary>
    private async Task<BotAuthenticationResult> AuthenticateEmulatorAsync(
        BotOptions bot, JsonWebToken token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var parameters = validator.CreateParameters(token.Issuer, bot.AppId!);
        var check = await validator.ValidateAsync(token, parameters, bot.EmulatorOpenIdMetadataUrl, cancellationToken);
        if (check.Failure is not null)
            return BotAuthenticationResult.Fail(check.Failure, EmulatorPath);

        var appIdClaim = Claim(check.Token!, "ver") switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
            return BotAuthenticationResult.Fail("token version is not 1.0 or 2.0", EmulatorPath);
        if (!string.Equals(Claim(check.Token!, appIdClaim), bot.AppId, StringComparison.OrdinalIgnoreCase))
            return BotAuthenticationResult.Fail($"{appIdClaim} claim is not the bot's app id", EmulatorPath);

        var failure = CheckEndorsement(check, channelId) ?? CheckServiceUrl(check.Token!, serviceUrl, required: false);
        return failure is null
            ? new BotAuthenticationResult(true, check.Identity, EmulatorPath, null)
            : BotAuthenticationResult.Fail(failure, EmulatorPath);
    }
}
