using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotProtocol;

/// <summary>
/// Signature, algorithm, issuer, audience and lifetime checks shared by every path, against the metadata of one URL,
/// with one metadata refresh when the token names a key we have not seen.
/// </summary>
internal sealed class JwtValidator(OpenIdMetadataCache metadata, TimeProvider time, ILogger<JwtValidator> logger)
{
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new();

    public static bool IsAllowedAlgorithm(string? algorithm) => Algorithms.Contains(algorithm, StringComparer.Ordinal);

    public TokenValidationParameters CreateParameters(string issuer, string audience) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        IgnoreTrailingSlashWhenValidatingAudience = false,
        RequireAudience = true,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = ValidateLifetime,
    };

    public async Task<JwtCheck> ValidateAsync(JsonWebToken token, TokenValidationParameters parameters, string metadataUrl, CancellationToken cancellationToken)
    {
        if (!IsAllowedAlgorithm(token.Alg))
            return JwtCheck.Failed("signing algorithm is not RS256, RS384 or RS512");

        var source = metadata.For(metadataUrl);
        EndorsedOpenIdConfiguration configuration;
        try
        {
            configuration = await source.GetAsync(cancellationToken);
            if (!string.IsNullOrEmpty(token.Kid) && !configuration.HasSigningKey(token.Kid))
            {
                Log.SigningKeyUnknown(logger, token.Kid, metadataUrl);
                configuration = await source.RefreshAsync(cancellationToken);
            }
        }
        catch (InvalidOperationException)
        {
            return JwtCheck.Failed("OpenID metadata is unavailable");
        }

        parameters.IssuerSigningKeys = configuration.SigningKeys;
        // The handler passes metadata to key validators only when it owns a ConfigurationManager; we validate against
        // this snapshot instead, so hand it over ourselves (EnableAadSigningKeyIssuerValidation needs it).
        if (parameters.IssuerSigningKeyValidatorUsingConfiguration is { } keyValidator)
            parameters.IssuerSigningKeyValidatorUsingConfiguration = (key, jwt, p, _) => keyValidator(key, jwt, p, configuration);

        var result = await _handler.ValidateTokenAsync(token, parameters);
        return result.IsValid
            ? new JwtCheck(result.ClaimsIdentity, (JsonWebToken)result.SecurityToken, configuration, null)
            : JwtCheck.Failed(Reason(result.Exception));
    }

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null)
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        if (notBefore is { } from && from - ClockSkew > now)
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = from };
        if (expires.Value + ClockSkew < now)
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        return true;
    }

    // Fixed reasons only: exception messages can quote claims, and the reason goes to the log.
    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidAudienceException => "audience is not the app id",
        SecurityTokenInvalidIssuerException => "issuer does not match the token or its signing key",
        SecurityTokenSignatureKeyNotFoundException => "signing key not found in the metadata",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenInvalidSigningKeyException => "signing key rejected",
        SecurityTokenInvalidSignatureException => "signature invalid",
        null => "token invalid",
        _ => $"token invalid ({exception.GetType().Name})",
    };
}
