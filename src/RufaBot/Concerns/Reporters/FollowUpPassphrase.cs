using System.Security.Cryptography;
using System.Text;

namespace RufaBot.Concerns.Reporters;

/// <summary>
/// The one-time passphrase of an unlinked concern: with the reference, the only way back to it. Twenty characters
/// from a 32-letter alphabet (100 bits), in groups of five, lower case so that it is never mistaken for a reference.
/// Only a salted PBKDF2-SHA256 hash is stored (<c>pbkdf2-sha256$iterations$salt$hash</c>), slow on purpose: a copy of
/// the database does not let anyone try passphrases quickly, and the hash does not depend on who the reporter is.
/// </summary>
internal static class FollowUpPassphrase
{
    // Crockford's base32 without i, l, o, u: nothing to misread when copied by hand.
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int Groups = 4;
    private const int GroupLength = 5;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new passphrase from the system's random generator.</summary>
    public static string New() => Format(RandomNumberGenerator.GetBytes(Groups * GroupLength));

    /// <summary>
    /// The passphrase of a draft's unlinked submission, so that a retried submission shows the same passphrase as the
    /// first: derived from a value only that draft's chat state holds, which is deleted when the draft is stored.
    /// </summary>
    public static string Derive(byte[] secret, string draftId) =>
        Format(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"follow-up-passphrase\n{draftId}")));

    public static string Hash(string passphrase, int iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Normalize(passphrase), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"pbkdf2-sha256${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    /// <summary>True when <paramref name="passphrase"/> matches <paramref name="stored"/>; false for any malformed input.</summary>
    public static bool Matches(string passphrase, string? stored)
    {
        var parts = stored?.Split('$');
        if (parts is not ["pbkdf2-sha256", var count, var salt, var hash] || !int.TryParse(count, out var iterations) || iterations < 1)
            return false;
        var normalized = Normalize(passphrase);
        if (normalized.Length != Groups * GroupLength)
            return false;
        try
        {
            var expected = Convert.FromBase64String(hash);
            var actual = Rfc2898DeriveBytes.Pbkdf2(normalized, Convert.FromBase64String(salt), iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="text"/> could be a passphrase (spaces, dashes and case do not matter).</summary>
    public static bool LooksLikeOne(string? text) => Normalize(text ?? "").Length == Groups * GroupLength;

    // Typed back by hand: case, spaces and dashes are forgiven, and the letters people confuse are read as digits.
    private static string Normalize(string passphrase)
    {
        var builder = new StringBuilder(Groups * GroupLength);
        foreach (var c in passphrase.ToLowerInvariant())
        {
            var read = c switch { 'o' => '0', 'i' or 'l' => '1', _ => c };
            if (Alphabet.Contains(read))
                builder.Append(read);
            else if (c is not (' ' or '-'))
                return "";
        }
        return builder.ToString();
    }

    private static string Format(byte[] random)
    {
        var builder = new StringBuilder(Groups * (GroupLength + 1));
        for (var i = 0; i < Groups * GroupLength; i++)
        {
            if (i > 0 && i % GroupLength == 0)
                builder.Append('-');
            builder.Append(Alphabet[random[i] & 31]);
        }
        return builder.ToString();
    }
}
