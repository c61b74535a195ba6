using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RufaBot.Protocol.Tests.Authentication;

/// <summary>Mints real JWTs for the tests, relative to <see cref="AuthHarness.Now"/>.</summary>
internal static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Create(
        SigningCredentials credentials, string issuer, string audience, IDictionary<string, object>? claims = null,
        TimeSpan? notBefore = null, TimeSpan? expires = null) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (AuthHarness.Now + (notBefore ?? TimeSpan.FromMinutes(-5))).UtcDateTime,
            NotBefore = (AuthHarness.Now + (notBefore ?? TimeSpan.FromMinutes(-5))).UtcDateTime,
            Expires = (AuthHarness.Now + (expires ?? TimeSpan.FromMinutes(55))).UtcDateTime,
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = credentials,
        });

    /// <summary>An unsigned token (<c>alg: none</c>) with the given payload.</summary>
    public static string Unsigned(JsonObject payload) =>
        $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
}
