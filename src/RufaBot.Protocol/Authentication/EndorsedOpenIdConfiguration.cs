using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BotProtocol;

/// <summary>
/// OpenID metadata plus the Bot Framework <c>endorsements</c> of each signing key (the channel ids a key may sign
/// for), which the stock retriever drops. Both come from the same JWKS document, so they never disagree.
/// </summary>
internal sealed class EndorsedOpenIdConfiguration(string metadataJson) : OpenIdConnectConfiguration(metadataJson)
{
    /// <summary>Key id → endorsed channel ids; a key without an <c>endorsements</c> member is absent.</summary>
    public IReadOnlyDictionary<string, string[]> Endorsements { get; private set; } = new Dictionary<string, string[]>();

    public bool HasSigningKey(string keyId) => SigningKeys.Any(key => key.KeyId == keyId);

    public void AddKeys(string jwksJson)
    {
        JsonWebKeySet = new(jwksJson);
        foreach (var key in JsonWebKeySet.GetSigningKeys())
            SigningKeys.Add(key);
        Endorsements = ReadEndorsements(jwksJson);
    }

    private static Dictionary<string, string[]> ReadEndorsements(string jwksJson)
    {
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            return endorsements;
        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var list) || list.ValueKind != JsonValueKind.Array)
                continue;
            endorsements[kid.GetString()!] =
                [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
        }
        return endorsements;
    }
}
