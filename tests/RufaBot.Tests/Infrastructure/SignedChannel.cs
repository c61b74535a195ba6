using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Testing;

namespace RufaBot.Tests.Infrastructure;

/// <summary>
/// The Bot Framework's token service stood in for on loopback: OpenID metadata publishing a Teams and a Web Chat
/// signing key, the settings of a single-tenant bot that trusts it, and properly signed channel tokens.
/// </summary>
public sealed class SignedChannel : IAsyncDisposable
{
    public const string AppId = "0b0b0b0b-1111-2222-3333-444444444444";

    /// <summary>The tenant of the activities in <c>Payloads/</c>.</summary>
    public const string PayloadTenant = "00000000-0000-0000-0000-0000000000001";
    private const string Issuer = "https://api.botframework.com";

    private SignedChannel(FakeOpenIdProvider openId) => OpenId = openId;

    public FakeOpenIdProvider OpenId { get; }

    public TestSigningKey Teams { get; } = new("teams-key", ["msteams"]);

    public TestSigningKey WebChat { get; } = new("webchat-key", ["webchat"]);

    public static async Task<SignedChannel> StartAsync()
    {
        var channel = new SignedChannel(await FakeOpenIdProvider.StartAsync());
        channel.OpenId.Publish("channel", Issuer, channel.Teams, channel.WebChat);
        return channel;
    }

    /// <summary>A single-tenant bot registration that takes its signing keys from this stand-in.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "placeholder-not-used",
        // The tenant of the recorded payloads: a single-tenant bot serves its own tenant only.
        ["MicrosoftAppTenantId"] = PayloadTenant,
        ["Bot:ChannelOpenIdMetadataUrl"] = OpenId.MetadataUrl("channel"),
        ["Bot:EntraOpenIdMetadataUrl"] = OpenId.BaseUrl + "entra/{tenant}/metadata",
    };

    /// <summary>A token the channel signed with <paramref name="key"/>, vouching for <paramref name="serviceUrl"/>.</summary>
    public static string Token(TestSigningKey key, string serviceUrl, DateTimeOffset? now = null) => TestTokens.Create(key.Credentials(), Issuer, AppId,
        new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, now: now ?? DateTimeOffset.UtcNow);

    public static Task<HttpResponseMessage> PostAsync(HttpClient bot, JsonObject activity, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return bot.SendAsync(request);
    }

    public ValueTask DisposeAsync() => OpenId.DisposeAsync();
}
