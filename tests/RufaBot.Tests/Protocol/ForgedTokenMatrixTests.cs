using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using BotProtocol;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Protocol;

/// <summary>
/// The forged and mis-scoped tokens of the attack on a copy with <c>MicrosoftAppId</c> set, against the real host: each
/// message names an attacker's server as its <c>serviceUrl</c>, and each is refused with 401 before any turn, so
/// nothing is sent anywhere and neither server becomes trusted for the bot's outbound token. The validator's own
/// tests (<c>tests/BotProtocol.Tests/Authentication</c>) hold each rule; this table holds the door.
/// </summary>
public sealed class ForgedTokenMatrixTests : RunningBot
{
    private const string AppId = "0b0b0b0b-1111-2222-3333-444444444444";
    private const string Issuer = "https://api.botframework.com";
    private readonly TestSigningKey _teamsKey = new("teams-key", ["msteams"]);
    private readonly TestSigningKey _webchatKey = new("webchat-key", ["webchat"]);
    private FakeOpenIdProvider _openId = null!;
    private FakeConnector _attacker = null!;

    public override async Task InitializeAsync()
    {
        _openId = await FakeOpenIdProvider.StartAsync();
        _openId.Publish("channel", Issuer, _teamsKey, _webchatKey);
        _attacker = await FakeConnector.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _attacker.DisposeAsync();
        await _openId.DisposeAsync();
    }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "placeholder-not-used",
        ["MicrosoftAppTenantId"] = SignedChannel.PayloadTenant,
        ["Bot:ChannelOpenIdMetadataUrl"] = _openId.MetadataUrl("channel"),
        ["Bot:EntraOpenIdMetadataUrl"] = _openId.BaseUrl + "entra/{tenant}/metadata",
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider("outbound-token"));

    public static TheoryData<string> Attacks() =>
    [
        "expired", "not yet valid", "audience of the Bot Framework", "audience another app id", "look-alike issuer",
        "another key under the published key id", "a key nobody published", "alg none", "HS256 under the published key id",
        "no serviceurl claim", "serviceurl claim for the Connector, activity for the attacker", "key endorsed for webchat only",
    ];

    [Theory, MemberData(nameof(Attacks))]
    public async Task ForgedOrMisScopedToken_Is401_NothingIsSent_AndNoServiceUrlIsTrusted(string attack)
    {
        var attacker = _attacker.ServiceUrl.ToString();
        var token = attack switch
        {
            "expired" => Token(_teamsKey, attacker, notBefore: TimeSpan.FromHours(-2), expires: TimeSpan.FromHours(-1)),
            "not yet valid" => Token(_teamsKey, attacker, notBefore: TimeSpan.FromHours(1), expires: TimeSpan.FromHours(2)),
            "audience of the Bot Framework" => Token(_teamsKey, attacker, audience: Issuer),
            "audience another app id" => Token(_teamsKey, attacker, audience: "55555555-5555-5555-5555-555555555555"),
            "look-alike issuer" => Token(_teamsKey, attacker, issuer: "https://api.botframework.com.evil"),
            "another key under the published key id" => Token(new TestSigningKey(_teamsKey.KeyId, ["msteams"]), attacker),
            "a key nobody published" => Token(new TestSigningKey("attacker-key", ["msteams"]), attacker),
            "alg none" => TestTokens.Unsigned(new JsonObject
            {
                ["iss"] = Issuer, ["aud"] = AppId, ["serviceurl"] = attacker,
                ["nbf"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), ["exp"] = DateTimeOffset.UtcNow.AddMinutes(55).ToUnixTimeSeconds(),
            }),
            "HS256 under the published key id" => TestTokens.Create(
                new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = _teamsKey.KeyId }, SecurityAlgorithms.HmacSha256),
                Issuer, AppId, new Dictionary<string, object> { ["serviceurl"] = attacker }, now: DateTimeOffset.UtcNow),
            "no serviceurl claim" => Token(_teamsKey, serviceUrl: null),
            "serviceurl claim for the Connector, activity for the attacker" => Token(_teamsKey, Connector.ServiceUrl.ToString()),
            "key endorsed for webchat only" => Token(_webchatKey, attacker),
            _ => throw new ArgumentOutOfRangeException(nameof(attack), attack, null),
        };

        var response = await PostAsync(Payloads.Load("personal-message", _attacker.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        // The 401 is answered before a turn starts, so nothing can be sent later: no wait is needed to see silence.
        Assert.Empty(_attacker.Requests);
        Assert.Empty(Connector.Requests);
        var trust = App.Services.GetRequiredService<IServiceUrlTrust>();
        Assert.False(trust.IsTrusted(_attacker.ServiceUrl));
        Assert.False(trust.IsTrusted(Connector.ServiceUrl));
    }

    [Fact]
    public async Task TheSameMessageWithAValidToken_IsServed_AtTheUrlTheTokenVouchesFor()
    {
        var response = await PostAsync(Payloads.Load("personal-message", Connector.ServiceUrl, id: "matrix-valid"), Token(_teamsKey, Connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal("Bearer outbound-token", reply.Authorization);
        Assert.Empty(_attacker.Requests);
        Assert.False(App.Services.GetRequiredService<IServiceUrlTrust>().IsTrusted(_attacker.ServiceUrl));
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Bot.SendAsync(request);
    }

    private static string Token(TestSigningKey key, string? serviceUrl, string audience = AppId, string issuer = Issuer,
        TimeSpan? notBefore = null, TimeSpan? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
            claims["serviceurl"] = serviceUrl;
        return TestTokens.Create(key.Credentials(), issuer, audience, claims, notBefore, expires, now: DateTimeOffset.UtcNow);
    }
}
