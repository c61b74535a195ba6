using System.Security.Cryptography;

namespace RufaBot.Concerns;

/// <summary>
/// Human-friendly, unguessable references such as <c>HR-7K3F-9QXD</c>: eight characters drawn by a CSPRNG from an
/// alphabet without look-alikes (no 0/O, 1/I/L, U), about 39 bits. A reference is a label, not a key: reading a
/// concern by reference also needs the reporter's identity or a focal point's entitlement.
/// </summary>
internal static class ConcernReference
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Prefix = "HR-";

    public const int Length = 12;

    public static string New()
    {
        var c = RandomNumberGenerator.GetItems<char>(Alphabet, 8);
        return $"{Prefix}{new string(c, 0, 4)}-{new string(c, 4, 4)}";
    }

    /// <summary>Accepts what people type ("hr 7k3f 9qxd", "7K3F9QXD") and gives the canonical form.</summary>
    public static bool TryNormalize(string? input, out string reference)
    {
        reference = "";
        if (input is null)
            return false;
        var chars = new string([.. input.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        if (chars.Length == 10 && chars.StartsWith("HR", StringComparison.Ordinal))
            chars = chars[2..];
        if (chars.Length != 8 || chars.AsSpan().ContainsAnyExcept(Alphabet))
            return false;
        reference = $"{Prefix}{chars[..4]}-{chars[4..]}";
        return true;
    }
}
