using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Validators;

namespace BotProtocol;

internal sealed partial class BotAuthenticator
{
    /// <summary>
    /// Path B (§2.3): an Entra-issued token. The tenant comes from configuration (the bot's own, or a trusted one),
    /// never from the token's own <c>tid</c>.
    /// </summary>
    private async Task<BotAuthenticationResult> AuthenticateEntraAsync(
        BotOptions bot, JsonWebToken token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (!TokenIssuers.TryGetEntraTenant(token.Issuer, out var issuerTenant))
            return BotAuthenticationResult.Fail("issuer is neither the Bot Framework nor an Entra issuer", EntraPath);
        if (TrustedTenant(bot, issuerTenant) is not { } tenant)
            return BotAuthenticationResult.Fail("issuer tenant is not the bot's tenant or a trusted tenant", EntraPath);

        var parameters = validator.CreateParameters(token.Issuer, bot.AppId!);
        parameters.EnableAadSigningKeyIssuerValidation();
        var metadataUrl = bot.EntraOpenIdMetadataUrl.Replace("{tenant}", tenant, StringComparison.Ordinal);
        var check = await validator.ValidateAsync(token, parameters, metadataUrl, cancellationToken);
        if (check.Failure is not null)
            return BotAuthenticationResult.Fail(check.Failure, EntraPath);

        var failure = CheckTenantClaim(check.Token!, tenant)
            ?? CheckCaller(bot, check.Token!)
            ?? CheckEndorsement(check, channelId)
            ?? CheckServiceUrl(check.Token!, serviceUrl, required: false);
        return failure is null
            ? new BotAuthenticationResult(true, check.Identity, EntraPath, null)
            : BotAuthenticationResult.Fail(failure, EntraPath);
    }

    private static string? TrustedTenant(BotOptions bot, string issuerTenant) =>
        new[] { bot.AppTenantId }.Concat(bot.TrustedTokenTenants)
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t) && string.Equals(t.Trim(), issuerTenant, StringComparison.OrdinalIgnoreCase))
            ?.Trim();

    private static string? CheckTenantClaim(JsonWebToken token, string tenant) =>
        string.Equals(Claim(token, "tid"), tenant, StringComparison.OrdinalIgnoreCase) ? null : "tid claim does not match the issuer's tenant";

    /// <summary>With an allowlist configured, the calling app (<c>azp</c> in v2 tokens, <c>appid</c> in v1) must be on it.</summary>
    private static string? CheckCaller(BotOptions bot, JsonWebToken token)
    {
        if (bot.AllowedCallers.Count == 0)
            return null;
        var caller = Claim(token, "azp") ?? Claim(token, "appid");
        return caller is not null && bot.AllowedCallers.Contains(caller, StringComparer.OrdinalIgnoreCase) ? null : "calling app is not in AllowedCallers";
    }
}
