using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Protocol;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.RateLimiting;

/// <summary>
/// With authentication on, the address of a caller with a valid token is never limited (in Teams every person's
/// traffic comes from the Bot Connector's few addresses); an address that keeps sending tokens that fail gets 429.
/// </summary>
public sealed class AuthenticatedCallerLimitTests : LimitedBot
{
    private const string AppId = "0b0b0b0b-1111-2222-3333-444444444444";
    private const string Issuer = "https://api.botframework.com";
    private readonly TestSigningKey _teamsKey = new("teams-key", ["msteams"]);
    private FakeOpenIdProvider _openId = null!;

    public override async Task InitializeAsync()
    {
        _openId = await FakeOpenIdProvider.StartAsync();
        _openId.Publish("channel", Issuer, _teamsKey);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _openId.DisposeAsync();
    }

    protected override IReadOnlyDictionary<string, string?> Limits => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "placeholder-not-used",
        // The tenant of the recorded payloads: a single-tenant bot serves its own tenant only.
        ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000001",
        ["Bot:ChannelOpenIdMetadataUrl"] = _openId.MetadataUrl("channel"),
        ["Bot:EntraOpenIdMetadataUrl"] = _openId.BaseUrl + "entra/{tenant}/metadata",
        ["RateLimiting:Endpoint:PermitLimit"] = "2",
        ["RateLimiting:FailedAuthentications:PermitLimit"] = "3",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider("outbound-token"));
    }

    [Fact]
    public async Task ValidTokens_AreNotCountedPerAddress()
    {
        for (var i = 0; i < 6; i++)
        {
            var activity = Payloads.Load("personal-message", Connector.ServiceUrl, id: "auth-" + i);
            Assert.Equal(HttpStatusCode.OK, (await Post(activity, ValidToken())).StatusCode);
        }
    }

    [Fact]
    public async Task AnAddressWhoseTokensKeepFailing_Gets429_BeforeItsTokenIsChecked()
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await Post(activity, "not.a.jwt")).StatusCode);

        var refused = await Post(activity, "not.a.jwt");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture), 1, 60);

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await Post(Payloads.Load("personal-message", Connector.ServiceUrl, id: "later"), ValidToken())).StatusCode);
    }

    private string ValidToken() => TestTokens.Create(_teamsKey.Credentials(), Issuer, AppId,
        new Dictionary<string, object> { ["serviceurl"] = Connector.ServiceUrl.ToString() }, now: Clock.GetUtcNow());

    private Task<HttpResponseMessage> Post(System.Text.Json.Nodes.JsonObject activity, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Bot.SendAsync(request);
    }
}
