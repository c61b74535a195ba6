using Microsoft.IdentityModel.JsonWebTokens;

namespace BotProtocol;

internal sealed partial class BotAuthenticator
{
    /// <summary>If the signing key lists endorsements, the activity's channel must be one of them; no channel id passes.</summary>
    private static string? CheckEndorsement(JwtCheck check, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId) || check.SigningKeyId is not { } keyId)
            return null;
        if (!check.Configuration!.Endorsements.TryGetValue(keyId, out var endorsements))
            return null;
        return endorsements.Contains(channelId, StringComparer.Ordinal) ? null : "signing key is not endorsed for the activity's channel";
    }

    /// <summary>The <c>serviceurl</c> claim must equal the activity's serviceUrl, ignoring case.</summary>
    private static string? CheckServiceUrl(JsonWebToken token, string? serviceUrl, bool required)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var claim) || string.IsNullOrEmpty(claim))
            return required ? "token has no serviceurl claim" : null;
        return string.Equals(claim, serviceUrl, StringComparison.OrdinalIgnoreCase) ? null : "serviceurl claim does not match the activity";
    }

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
