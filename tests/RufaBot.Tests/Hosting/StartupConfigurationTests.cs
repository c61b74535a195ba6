using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Hosting;

/// <summary>A bad setting stops start-up with a message that names the key and says how to fix it.</summary>
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("MicrosoftAppType", "SingleTennant", "MicrosoftAppType 'SingleTennant' is not valid: use MultiTenant, SingleTenant or UserAssignedMSI")]
    [InlineData("MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: set it to the directory (tenant) id")]
    [InlineData("MicrosoftAppType", "MultiTenant", "Bot:AllowedTenants is required when MicrosoftAppType is MultiTenant and MicrosoftAppTenantId is empty")]
    [InlineData("Concerns:ReporterKeySecret", "too-short", "Concerns:ReporterKeySecret must be at least 32 characters long: put a random secret in a vault")]
    [InlineData("MicrosoftAppType", "7", "MicrosoftAppType '7' is not valid")]
    [InlineData("Storage:Provider", "3", "Storage:Provider '3' is not valid")]
    [InlineData("Storage:Provider", "Postgres", "Storage:Provider 'Postgres' is not valid: use Sqlite (the default) or PostgreSQL.")]
    [InlineData("Conversations:DraftIdleTimeout", "00:00:00", "Conversations:DraftIdleTimeout must be a positive time span, e.g. 7.00:00:00")]
    [InlineData("Administration:AdminAadObjectIds:0", "alice@un.org", "Administration:AdminAadObjectIds must list Microsoft Entra object ids (GUIDs)")]
    public async Task BadValue_StopsStartUp_NamingTheKeyAndTheFix(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key == "MicrosoftAppType")
        {
            settings["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000a1";
            settings["MicrosoftAppPassword"] = "not-a-real-secret";
        }
        Assert.Contains(message, await StartupFailure.MessagesOfAsync(settings));
    }

    [Fact]
    public async Task SingleTenantBot_ServingAnotherTenantToo_StopsStartUp()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000a1",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "11111111-0000-4000-8000-000000000001",
            ["Bot:AllowedTenants:0"] = "22222222-0000-4000-8000-000000000002",
        };
        Assert.Contains("Bot:AllowedTenants may name only MicrosoftAppTenantId when MicrosoftAppType is SingleTenant", await StartupFailure.MessagesOfAsync(settings));
    }
}
