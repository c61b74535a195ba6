namespace BotProtocol;

/// <summary>How the bot is registered in Azure Bot Service.</summary>
public enum BotAppType
{
    /// <summary>Multi-tenant app registration (legacy; creation deprecated after 2025-07-31).</summary>
    MultiTenant,
    /// <summary>Single-tenant app registration with a client secret.</summary>
    SingleTenant,
    /// <summary>User-assigned managed identity.</summary>
    UserAssignedMSI,
}

/// <summary>
/// The bot's identity and protocol settings. The first four keys are read from the configuration root under
/// the names Azure Bot uses (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c>); the rest from the <c>Bot</c> section.
/// </summary>
public sealed class BotOptions
{
    /// <summary>Registration type; <see cref="BotAppType.MultiTenant"/> when unset.</summary>
    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;
    /// <summary>Entra client id: the expected token audience and the outbound client id. Empty = local development.</summary>
    public string? AppId { get; set; }
    /// <summary>Client secret (MultiTenant, SingleTenant); must be empty for UserAssignedMSI.</summary>
    public string? AppPassword { get; set; }
    /// <summary>The bot's own tenant (SingleTenant, UserAssignedMSI).</summary>
    public string? AppTenantId { get; set; }

    /// <summary>Bot Framework OpenID metadata URL (inbound channel tokens).</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /// <summary>Issuer of Bot Framework channel tokens.</summary>
    public string ChannelTokenIssuer { get; set; } = "https://api.botframework.com";
    /// <summary>Entra OpenID metadata URL template; <c>{tenant}</c> is replaced by the bot's tenant.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";
    /// <summary>Emulator / Agents Playground OpenID metadata URL.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    /// <summary>Accept Emulator-issued tokens. Never in production.</summary>
    public bool EnableEmulatorTokens { get; set; }
    /// <summary>Extra tenants whose Entra-issued tokens are accepted besides the bot's own.</summary>
    public List<string> TrustedTokenTenants { get; set; } = [];
    /// <summary>
    /// The Entra tenants (directory ids) whose activities a multi-tenant bot serves, besides <see cref="AppTenantId"/>.
    /// An activity naming any other tenant is refused with 403. Required for a multi-tenant bot without a tenant id.
    /// </summary>
    public List<string> AllowedTenants { get; set; } = [];
    /// <summary>Allowed calling app ids (<c>azp</c>/<c>appid</c>) on the Entra path; empty = any.</summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>Authority for outbound tokens; <c>{tenant}</c> is replaced (botframework.com for MultiTenant).</summary>
    public string OutboundAuthority { get; set; } = "https://login.microsoftonline.com/{tenant}";
    /// <summary>Scope of outbound tokens.</summary>
    public string OutboundScope { get; set; } = "https://api.botframework.com/.default";
    /// <summary>Hosts (and their subdomains) to which an outbound bearer token may be sent.</summary>
    public List<string> TrustedServiceHosts { get; set; } =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us", "botframework.us", "botframework.azure.us"];

    /// <summary>Largest accepted request body, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
    /// <summary>How long the HTTP response waits for a message turn before answering 202 and finishing in the background.</summary>
    public TimeSpan TurnAcknowledgeAfter { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Longest a single turn may run before it is cancelled (our own token, not the HTTP request's).</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>How long a delivered activity id is remembered to drop re-sends.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>True when no app id is configured: local development, auth only for loopback callers.</summary>
    public bool IsLocalDevelopment => string.IsNullOrWhiteSpace(AppId);

    /// <summary>
    /// The tenants the bot serves: <see cref="AppTenantId"/> and <see cref="AllowedTenants"/>, trimmed and lower-cased.
    /// Empty only when neither is set, which start-up allows in local development alone.
    /// </summary>
    public IReadOnlyList<string> ServedTenants() =>
        [.. new[] { AppTenantId }.Concat(AllowedTenants).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim().ToLowerInvariant()).Distinct()];

    /// <summary>True when the bot serves <paramref name="tenantId"/> (compared without regard to case).</summary>
    public bool Serves(string tenantId) => ServedTenants().Contains(tenantId.Trim().ToLowerInvariant());
}
