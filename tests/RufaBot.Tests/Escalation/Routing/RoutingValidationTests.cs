using Microsoft.Extensions.Options;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Routing;

/// <summary>A routing configuration that would misroute or lose a concern stops start-up, naming the key and the fix.</summary>
public sealed class RoutingValidationTests
{
    [Theory]
    [InlineData("Escalation:Routing:Tiers:B9:Default:FocalPoints:0:AadObjectId", "a1000000-0000-4000-8000-000000000009", "Escalation:Routing:Tiers:B9 is not a tier")]
    [InlineData("Escalation:Routing:Tiers:B1:Countries:UG:FocalPoints:0:AadObjectId", "jane.doe@un.org", "Escalation:Routing:Tiers:B1:Countries:UG:FocalPoints:0:AadObjectId 'jane.doe@un.org' is not a Microsoft Entra object id")]
    [InlineData("Escalation:Routing:Tiers:B1:Countries:KE:FocalPoints:2:AadObjectId", RoutingFixture.KenyaOne, "Escalation:Routing:Tiers:B1:Countries:KE:FocalPoints:2 lists " + RoutingFixture.KenyaOne + " a second time")]
    [InlineData("Escalation:Routing:Tiers:B2:Countries:KE:Backup:AadObjectId", RoutingFixture.KenyaAdviser, "Escalation:Routing:Tiers:B2:Countries:KE:Backup is also one of the focal points")]
    [InlineData("Escalation:Routing:Tiers:B3:Countries:Kenya:Channel:ConversationId", "19:x", "Escalation:Routing:Tiers:B3:Countries:Kenya is not an ISO 3166 alpha-2 country code")]
    [InlineData("Escalation:Routing:Tiers:B2:Regions:west-africa:Role", "HumanRightsAdviser", "Escalation:Routing:Tiers:B2:Regions:west-africa names no focal point")]
    [InlineData("Escalation:Routing:Tiers:B1:Countries:KE:TenantId", "contoso.onmicrosoft.com", "Escalation:Routing:Tiers:B1:Countries:KE:TenantId 'contoso.onmicrosoft.com' is not a Microsoft Entra tenant id")]
    public async Task BadRouting_StopsStartUp_NamingTheKey(string key, string value, string expected)
    {
        var settings = RoutingFixture.Settings();
        settings[key] = value;
        if (key.Contains(":FocalPoints:", StringComparison.Ordinal))
            settings[key.Replace("AadObjectId", "DisplayName", StringComparison.Ordinal)] = "Someone";
        var error = await StartupFailure.ErrorOfAsync(settings);

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyTier_StopsStartUp()
    {
        var settings = RoutingFixture.Settings();
        settings["Escalation:Routing:Tiers:B0"] = "";
        var error = await StartupFailure.ErrorOfAsync(settings);

        Assert.Contains("Escalation:Routing:Tiers:B0 has no route", Unwrap(error).Message, StringComparison.Ordinal);
    }

    private static Exception Unwrap(Exception error)
    {
        while (error is AggregateException or InvalidOperationException && error.InnerException is not null && error is not OptionsValidationException)
            error = error.InnerException!;
        return error;
    }
}
