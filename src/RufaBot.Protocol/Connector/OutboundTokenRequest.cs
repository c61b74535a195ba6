namespace BotProtocol;

/// <summary>
/// Which token the bot asks for (§3.1), worked out from <see cref="BotOptions"/>. Holds no secret, so it is safe to
/// log or compare in tests.
/// </summary>
/// <param name="AppType">How the bot is registered.</param>
/// <param name="ClientId">The app id (client id or the managed identity's client id).</param>
/// <param name="Authority">Token authority for client credentials; null for managed identity.</param>
/// <param name="Scope">The <c>/.default</c> scope for client credentials.</param>
internal sealed record OutboundTokenRequest(BotAppType AppType, string ClientId, string? Authority, string Scope)
{
    private const string DefaultSuffix = "/.default";

    /// <summary>Managed identity asks for a resource, not a scope: the scope without <c>/.default</c>.</summary>
    public string Resource => Scope.EndsWith(DefaultSuffix, StringComparison.Ordinal) ? Scope[..^DefaultSuffix.Length] : Scope;

    /// <summary>Null in local development (no app id): outbound calls then carry no token.</summary>
    public static OutboundTokenRequest? From(BotOptions options)
    {
        if (options.IsLocalDevelopment)
            return null;
        var appId = options.AppId!.Trim();
        if (options.AppType == BotAppType.UserAssignedMSI)
            return new(options.AppType, appId, null, options.OutboundScope);

        // Multi-tenant bots get tokens from the botframework.com tenant; single-tenant ones from their own tenant only.
        var tenant = options.AppType == BotAppType.MultiTenant
            ? "botframework.com"
            : options.AppTenantId is { Length: > 0 } tid ? tid.Trim() : throw new InvalidOperationException(
                "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        return new(options.AppType, appId, options.OutboundAuthority.Replace("{tenant}", tenant, StringComparison.Ordinal), options.OutboundScope);
    }
}
