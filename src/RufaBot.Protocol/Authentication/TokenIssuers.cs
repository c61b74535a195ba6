namespace BotProtocol;

/// <summary>Recognises Entra issuer URLs and the fixed tenants whose tokens the Bot Framework Emulator presents.</summary>
internal static class TokenIssuers
{
    private const string V2Prefix = "https://login.microsoftonline.com/";
    private const string V2Suffix = "/v2.0";
    private const string V1Prefix = "https://sts.windows.net/";
    private const string V1Suffix = "/";

    /// <summary>botframework.com, the legacy Emulator tenant and the US Government tenant.</summary>
    private static readonly string[] EmulatorTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "cab8a31a-1906-4287-a0d8-4eef66b95f6e"];

    /// <summary>
    /// Takes the tenant out of <c>https://login.microsoftonline.com/{T}/v2.0</c> or <c>https://sts.windows.net/{T}/</c>.
    /// Nothing else matches: no trailing slash on v2, no extra path segments, no query.
    /// </summary>
    public static bool TryGetEntraTenant(string issuer, out string tenant)
    {
        tenant = "";
        var middle = Between(issuer, V2Prefix, V2Suffix) ?? Between(issuer, V1Prefix, V1Suffix);
        if (middle is null || middle.Length == 0 || !middle.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
            return false;
        tenant = middle;
        return true;
    }

    public static bool IsEmulator(string issuer) =>
        TryGetEntraTenant(issuer, out var tenant) && EmulatorTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase);

    private static string? Between(string value, string prefix, string suffix) =>
        value.Length > prefix.Length + suffix.Length
        && value.StartsWith(prefix, StringComparison.Ordinal)
        && value.EndsWith(suffix, StringComparison.Ordinal)
            ? value[prefix.Length..^suffix.Length]
            : null;
}
