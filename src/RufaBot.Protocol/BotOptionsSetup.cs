using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>
/// Binds <see cref="BotOptions"/>: the Azure Bot keys from the configuration root, the rest from <c>Bot</c>.
/// An unparseable <c>MicrosoftAppType</c> is left at MultiTenant here and refused by <see cref="BotOptionsValidation"/>.
/// </summary>
internal sealed class BotOptionsSetup(IConfiguration configuration) : IConfigureOptions<BotOptions>
{
    public void Configure(BotOptions options)
    {
        configuration.GetSection("Bot").Bind(options);
        options.AppId = Trimmed(configuration["MicrosoftAppId"]) ?? options.AppId;
        options.AppPassword = Trimmed(configuration["MicrosoftAppPassword"]) ?? options.AppPassword;
        options.AppTenantId = Trimmed(configuration["MicrosoftAppTenantId"]) ?? options.AppTenantId;
        if (Enum.TryParse<BotAppType>(configuration["MicrosoftAppType"], ignoreCase: true, out var type))
            options.AppType = type;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// Rejects combinations Azure Bot Service would reject, with a message naming the key and the fix. A misspelt
/// <c>MicrosoftAppType</c> is refused rather than silently read as MultiTenant, which would pick the wrong token path.
/// </summary>
internal sealed class BotOptionsValidation(IConfiguration configuration) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (configuration["MicrosoftAppType"] is { Length: > 0 } type && !(Enum.TryParse<BotAppType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)))
            return ValidateOptionsResult.Fail($"MicrosoftAppType '{type}' is not valid: use MultiTenant, SingleTenant or UserAssignedMSI, as in the Azure Bot resource.");
        if (options.IsLocalDevelopment)
            return ValidateOptionsResult.Success;
        var errors = new List<string>();
        switch (options.AppType)
        {
            case BotAppType.MultiTenant when string.IsNullOrEmpty(options.AppPassword):
                errors.Add("MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant: set it to a client secret of the bot's app registration, or empty MicrosoftAppId for local development.");
                break;
            case BotAppType.SingleTenant:
                if (string.IsNullOrEmpty(options.AppPassword))
                    errors.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant: set it to a client secret of the bot's app registration (Certificates & secrets).");
                if (string.IsNullOrEmpty(options.AppTenantId))
                    errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: set it to the directory (tenant) id of the bot's app registration.");
                break;
            case BotAppType.UserAssignedMSI:
                if (!string.IsNullOrEmpty(options.AppPassword))
                    errors.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI: the managed identity signs in without a secret; remove it.");
                if (string.IsNullOrEmpty(options.AppTenantId))
                    errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI: set it to the tenant of the managed identity.");
                break;
        }
        if (options.AppType == BotAppType.MultiTenant && options.ServedTenants().Count == 0)
            errors.Add("Bot:AllowedTenants is required when MicrosoftAppType is MultiTenant and MicrosoftAppTenantId is empty: list the directory (tenant) ids " +
                "of the organisations the bot serves. Activities from any other tenant are refused.");
        if (options.AppType != BotAppType.MultiTenant && !string.IsNullOrEmpty(options.AppTenantId) && options.ServedTenants().Count > 1)
            errors.Add($"Bot:AllowedTenants may name only MicrosoftAppTenantId when MicrosoftAppType is {options.AppType}: a single-tenant bot serves its own " +
                "tenant. Remove the other tenants, or register the bot as MultiTenant.");
        if (options.MaxRequestBytes < 1024)
            errors.Add("Bot:MaxRequestBytes must be at least 1024 (default 262144).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
