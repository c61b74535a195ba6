using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using BotProtocol;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.RateLimiting;

/// <summary>
/// With authentication on, the address of a caller with a valid token is never limited (in Teams every person's
/// traffic comes from the Bot Connector's few addresses); an address that keeps sending tokens that fail gets 429.
/// </summary>
public sealed class AuthenticatedCallerLimitTests : LimitedBot
{
    protected override bool RequiresTokens => true;

    protected override IReadOnlyDictionary<string, string?> Limits => new Dictionary<string, string?>
    {
        ["RateLimiting:Endpoint:PermitLimit"] = "2",
        ["RateLimiting:FailedAuthentications:PermitLimit"] = "3",
    };

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

    private string ValidToken() => SignedChannel.Token(Channel.Teams, Connector.ServiceUrl.ToString(), Clock.GetUtcNow());

    private Task<HttpResponseMessage> Post(System.Text.Json.Nodes.JsonObject activity, string token) => SignedChannel.PostAsync(Bot, activity, token);
}
