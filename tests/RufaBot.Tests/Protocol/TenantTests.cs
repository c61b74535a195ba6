using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;
using RufaBot.Testing;

namespace RufaBot.Tests.Protocol;

/// <summary>
/// A deployment serves the tenants its configuration names (<c>Bot:AllowedTenants</c>, <c>MicrosoftAppTenantId</c>):
/// an activity from any other tenant is refused with 403 before anything is stored or sent. With no tenant configured
/// (local development) activities are served as before.
/// </summary>
public sealed class TenantTests : IAsyncLifetime
{
    // The tenant of the Playground-recorded payloads.
    private const string Served = "00000000-0000-0000-0000-0000000000001";
    private const string Other = "9f9f9f9f-0000-4000-8000-00000000beef";

    private FakeConnector _connector = null!;
    private RufaBotApp? _app;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private HttpClient Start(IReadOnlyDictionary<string, string?> settings)
    {
        _app = new RufaBotApp(settings);
        return _app.CreateBotClient();
    }

    private static IReadOnlyDictionary<string, string?> Serving(params string[] tenants) =>
        tenants.Select((t, i) => (Key: $"Bot:AllowedTenants:{i}", Value: (string?)t)).ToDictionary(p => p.Key, p => p.Value);

    private JsonObject Activity(string payload, string? conversationTenant, string? channelDataTenant, string? conversationId = null)
    {
        var activity = Payloads.Load(payload, _connector.ServiceUrl, conversationId: conversationId);
        activity["conversation"]!.AsObject().Remove("tenantId");
        if (conversationTenant is not null)
            activity["conversation"]!["tenantId"] = conversationTenant;
        activity["channelData"] ??= new JsonObject();
        activity["channelData"]!.AsObject().Remove("tenant");
        if (channelDataTenant is not null)
            activity["channelData"]!["tenant"] = new JsonObject { ["id"] = channelDataTenant };
        return activity;
    }

    private async Task<int> StoredAddressesAsync()
    {
        await using var db = _app!.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();
        return await db.ReachAddresses.CountAsync();
    }

    [Theory]
    [InlineData("personal-message")]
    [InlineData("personal-installationUpdate-add")]
    [InlineData("channel-conversationUpdate-teamMemberAdded-membersAdded-bot")]
    [InlineData("personal-invoke-adaptiveCard-action")]
    public async Task ActivityFromAnotherTenant_Is403_AndNothingIsStoredOrSent(string payload)
    {
        var bot = Start(Serving(Served));

        var response = await bot.PostAsJsonAsync("/api/messages", Activity(payload, Other, Other));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredAddressesAsync());
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData(Served, Other)]
    [InlineData(Other, Served)]
    [InlineData(Other, null)]
    [InlineData(null, Other)]
    [InlineData(null, null)]
    public async Task TeamsActivity_NamingAnotherTenant_TwoTenants_OrNone_Is403(string? conversationTenant, string? channelDataTenant)
    {
        var bot = Start(Serving(Served));

        var response = await bot.PostAsJsonAsync("/api/messages", Activity("personal-message", conversationTenant, channelDataTenant));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await StoredAddressesAsync());
    }

    [Theory]
    [InlineData(Served, Served)]
    [InlineData(null, Served)]
    [InlineData("  00000000-0000-0000-0000-0000000000001 ", null)]
    public async Task ActivityFromAServedTenant_IsServed(string? conversationTenant, string? channelDataTenant)
    {
        var bot = Start(Serving("9f9f9f9f-0000-4000-8000-000000000002", Served.ToUpperInvariant()));

        var response = await bot.PostAsJsonAsync("/api/messages", Activity("personal-message", conversationTenant, channelDataTenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await StoredAddressesAsync());
    }

    [Fact]
    public async Task WithMicrosoftAppTenantId_ThatTenantIsTheOnlyOne()
    {
        var bot = Start(new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = Served });

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsJsonAsync("/api/messages", Activity("personal-message", Served, Served))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.PostAsJsonAsync("/api/messages", Activity("personal-message", Other, Other))).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Other)]
    public async Task LocalDevelopment_WithNoTenantConfigured_ServesActivitiesAsBefore(string? tenant)
    {
        var bot = Start(new Dictionary<string, string?>());

        var response = await bot.PostAsJsonAsync("/api/messages", Activity("personal-message", tenant, tenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_connector.Requests);
    }
}
