using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// Signed, short-lived download links: the token is the region, quarter, format and expiry, protected (encrypted and
/// authenticated) with ASP.NET Core Data Protection, so it cannot be forged or changed, and it stops working after
/// <see cref="BriefOptions.LinkLifetime"/> by the app's clock. The file is made again from the figures when opened.
/// The review timeline's files (<see cref="Reviews.ReviewFiles"/>) use the same links.
/// </summary>
internal sealed class BriefLinks(IDataProtectionProvider protection, IOptionsMonitor<EarlyWarningOptions> options, TimeProvider time)
{
    public const string Path = "/early-warning/brief";

    private readonly IDataProtector _protector = protection.CreateProtector("RufaBot.EarlyWarning.BriefLink");

    /// <summary>A brief's file, or with <paramref name="Concern"/> a review's timeline, for <paramref name="Reviewer"/> only.</summary>
    internal sealed record Claim(string Region, string Quarter, string Format, DateTimeOffset Expires, Guid? Concern = null, string? Reviewer = null);

    /// <summary>Null when no public address is configured: the card then says the files cannot be offered.</summary>
    public Uri? For(string region, Quarter quarter, string format) => Sign(expires => new Claim(region, quarter.ToString(), format, expires));

    /// <summary>A closed concern's decision timeline, for the reviewer who asked (checked again when opened).</summary>
    public Uri? ForReview(Guid concern, string reviewerAadObjectId, string format) =>
        Sign(expires => new Claim("", "", format, expires, concern, reviewerAadObjectId));

    private Uri? Sign(Func<DateTimeOffset, Claim> claim)
    {
        if (options.CurrentValue.Brief.PublicBaseUrl is not { } baseUrl)
            return null;
        var expires = time.GetUtcNow() + options.CurrentValue.Brief.LinkLifetime;
        var token = _protector.Protect(JsonSerializer.Serialize(claim(expires), EarlyWarningJson.Default.Claim));
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
