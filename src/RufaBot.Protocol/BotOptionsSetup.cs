using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RufaBot.Protocol;

/// <summary>
/// Binds <see cref="BotOptions"/>: the Azure Bot keys from the configuration root, the rest from <c>Bot</c>.
/// An unparseable <c>MicrosoftAppType</c> falls back to MultiTenant, as the Bot Framework SDK does.
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

/// <summary>Rejects combinations Azure Bot Service would reject, with a message naming the key to fix.</summary>
internal sealed class BotOptionsValidation : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsLocalDevelopment)
            return ValidateOptionsResult.Success;
        var errors = new List<string>();
        switch (options.AppType)
        {
            case BotAppType.MultiTenant when string.IsNullOrEmpty(options.AppPassword):
                errors.Add("MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant.");
                break;
            case BotAppType.SingleTenant:
                if (string.IsNullOrEmpty(options.AppPassword))
                    errors.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
                if (string.IsNullOrEmpty(options.AppTenantId))
                    errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
                break;
            case BotAppType.UserAssignedMSI:
                if (!string.IsNullOrEmpty(options.AppPassword))
                    errors.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
                if (string.IsNullOrEmpty(options.AppTenantId))
                    errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
                break;
        }
        if (options.MaxRequestBytes < 1024)
            errors.Add("Bot:MaxRequestBytes must be at least 1024.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
