using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace RufaBot.Hosting;

/// <summary>
/// The tokens of short-lived download links (a reporter's files, the brief, a review's timeline): a payload and its
/// expiry, encrypted and authenticated with ASP.NET Core Data Protection under the link's own purpose. A token that was
/// changed, made with another key ring or for another purpose, or read after its expiry by the app's clock reads as
/// nothing. What a payload grants is checked again by its endpoint when the link is used.
/// </summary>
internal sealed class SignedTokens(IDataProtectionProvider protection, TimeProvider time)
{
    public string Create(string purpose, string payload, TimeSpan lifetime)
    {
        var expires = (time.GetUtcNow() + lifetime).UtcTicks.ToString(CultureInfo.InvariantCulture);
        return protection.CreateProtector(purpose).Protect(expires + "|" + payload);
    }

    /// <summary>The payload of a valid, unexpired token made for <paramref name="purpose"/>; null for anything else.</summary>
    public string? Read(string purpose, string? token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        string text;
        try
        {
            text = protection.CreateProtector(purpose).Unprotect(token);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && time.GetUtcNow().UtcTicks <= ticks
            ? text[(bar + 1)..]
            : null;
    }
}
