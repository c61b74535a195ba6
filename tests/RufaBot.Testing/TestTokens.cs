using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RufaBot.Testing;

/// <summary>Mints real JWTs for the tests, relative to <see cref="DefaultNow"/> unless a time is given.</summary>
public static class TestTokens
{
    /// <summary>The fixed "now" of the authentication tests (they run on a fake clock).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Create(
        SigningCredentials credentials, string issuer, string audience, IDictionary<string, object>? claims = null,
        TimeSpan? notBefore = null, TimeSpan? expires = null, DateTimeOffset? now = null)
    {
        var at = now ?? DefaultNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (at + (notBefore ?? TimeSpan.FromMinutes(-5))).UtcDateTime,
            NotBefore = (at + (notBefore ?? TimeSpan.FromMinutes(-5))).UtcDateTime,
            Expires = (at + (expires ?? TimeSpan.FromMinutes(55))).UtcDateTime,
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = credentials,
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the given payload.</summary>
    public static string Unsigned(JsonObject payload) =>
        $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
}
