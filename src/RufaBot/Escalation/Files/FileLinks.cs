using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace RufaBot.Escalation.Files;

/// <summary>
/// Download links for one focal point and one file: <c>/files/{id}?t=…</c>, the token holding the file id, the focal
/// point's keyed hash and an expiry, encrypted and signed (HMAC-SHA256) with Data Protection. A token that was changed,
/// made with another key ring, given for another file or past its expiry reads as nothing. The link names whom it was
/// given to, so the download is recorded against them, and their entitlement is checked again when it is used.
/// </summary>
internal sealed class FileLinks(IDataProtectionProvider protection, IOptions<FileLinkOptions> options, IHttpContextAccessor http, TimeProvider time)
{
    public const string Path = "/files";

    private readonly IDataProtector _protector = protection.CreateProtector("RufaBot.Escalation.FileLinks.v1");

    public sealed record Claim(Guid FileId, string ActorKey);

    public TimeSpan Lifetime => options.Value.Lifetime;

    public string Url(Guid fileId, string actorKey)
    {
        var expires = (time.GetUtcNow() + Lifetime).UtcTicks.ToString(CultureInfo.InvariantCulture);
        var token = _protector.Protect($"{fileId:N}|{actorKey}|{expires}");
        return $"{BaseAddress()}{Path}/{fileId:N}?t={Uri.EscapeDataString(token)}";
    }

    public Claim? Read(Guid fileId, string? token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
        var parts = payload.Split('|');
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var id) && id == fileId
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && time.GetUtcNow().UtcTicks <= ticks
            ? new Claim(id, parts[1])
            : null;
    }

    private string BaseAddress()
    {
        if (options.Value.PublicAddress is { Length: > 0 } configured)
            return configured.TrimEnd('/');
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("FileLinks:PublicAddress is not set and there is no request to take the address from.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
