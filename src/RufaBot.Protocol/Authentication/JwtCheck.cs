using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BotProtocol;

/// <summary>The outcome of <see cref="JwtValidator"/>: the validated token and the metadata it was checked with, or a reason.</summary>
internal sealed record JwtCheck(ClaimsIdentity? Identity, JsonWebToken? Token, EndorsedOpenIdConfiguration? Configuration, string? Failure)
{
    public static JwtCheck Failed(string reason) => new(null, null, null, reason);

    /// <summary>The id of the key that verified the signature.</summary>
    public string? SigningKeyId => Token?.SigningKey?.KeyId is { Length: > 0 } id ? id : Token?.Kid;
}
