using System.Text.Json;
using Microsoft.Extensions.Options;
using RufaBot.Hosting;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// Signed, short-lived download links: the token (<see cref="SignedTokens"/>) holds the region, quarter and format, and
/// stops working after <see cref="BriefOptions.LinkLifetime"/>. The file is made again from the figures when opened.
/// The review timeline's files (<see cref="Reviews.ReviewFiles"/>) use the same links.
/// </summary>
internal sealed class BriefLinks(SignedTokens tokens, IOptionsMonitor<EarlyWarningOptions> options)
{
    public const string Path = "/early-warning/brief";

    private const string Purpose = "RufaBot.EarlyWarning.BriefLink.v2";

    /// <summary>A brief's file, or with <paramref name="Concern"/> a review's timeline, for <paramref name="Reviewer"/> only.</summary>
    internal sealed record Claim(string Region, string Quarter, string Format, Guid? Concern = null, string? Reviewer = null);

    /// <summary>Null when no public address is configured: the card then says the files cannot be offered.</summary>
    public Uri? For(string region, Quarter quarter, string format) => Sign(new Claim(region, quarter.ToString(), format));

    /// <summary>A closed concern's decision timeline, for the reviewer who asked (checked again when opened).</summary>
    public Uri? ForReview(Guid concern, string reviewerAadObjectId, string format) =>
        Sign(new Claim("", "", format, concern, reviewerAadObjectId));

    private Uri? Sign(Claim claim)
    {
        if (options.CurrentValue.Brief.PublicBaseUrl is not { } baseUrl)
            return null;
        var token = tokens.Create(Purpose, JsonSerializer.Serialize(claim, EarlyWarningJson.Default.Claim), options.CurrentValue.Brief.LinkLifetime);
        return new Uri(baseUrl, $"{Path}/{Uri.EscapeDataString(token)}");
    }

    /// <summary>The claim of a valid, unexpired token; null for anything else.</summary>
    public Claim? Read(string token)
    {
        try
        {
            return tokens.Read(Purpose, token) is { } json ? JsonSerializer.Deserialize(json, EarlyWarningJson.Default.Claim) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(BriefLinks.Claim))]
internal sealed partial class EarlyWarningJson : System.Text.Json.Serialization.JsonSerializerContext;
