using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// Signed, short-lived download links: the token is the region, quarter, format and expiry, protected (encrypted and
/// authenticated) with ASP.NET Core Data Protection, so it cannot be forged or changed, and it stops working after
/// <see cref="BriefOptions.LinkLifetime"/> by the app's clock. The file is made again from the figures when opened.
/// </summary>
internal sealed class BriefLinks(IDataProtectionProvider protection, IOptionsMonitor<EarlyWarningOptions> options, TimeProvider time)
{
    public const string Path = "/early-warning/brief";

    private readonly IDataProtector _protector = protection.CreateProtector("RufaBot.EarlyWarning.BriefLink");

    internal sealed record Claim(string Region, string Quarter, string Format, DateTimeOffset Expires);

    /// <summary>Null when no public address is configured: the card then says the files cannot be offered.</summary>
    public Uri? For(string region, Quarter quarter, string format)
    {
        if (options.CurrentValue.Brief.PublicBaseUrl is not { } baseUrl)
            return null;
        var expires = time.GetUtcNow() + options.CurrentValue.Brief.LinkLifetime;
        var token = _protector.Protect(JsonSerializer.Serialize(new Claim(region, quarter.ToString(), format, expires), EarlyWarningJson.Default.Claim));
        return new Uri(baseUrl, $"{Path}/{Uri.EscapeDataString(token)}");
    }

    /// <summary>The claim of a valid, unexpired token; null for anything else.</summary>
    public Claim? Read(string token)
    {
        try
        {
            var claim = JsonSerializer.Deserialize(_protector.Unprotect(token), EarlyWarningJson.Default.Claim);
            return claim is null || claim.Expires < time.GetUtcNow() ? null : claim;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(BriefLinks.Claim))]
internal sealed partial class EarlyWarningJson : System.Text.Json.Serialization.JsonSerializerContext;
