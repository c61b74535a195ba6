using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.RateLimiting;

/// <summary>The per-address flood guard on <c>POST /api/messages</c>: 429 with Retry-After, before the body is read.</summary>
public sealed class EndpointRateLimitTests : LimitedBot
{
    protected override IReadOnlyDictionary<string, string?> Limits => new Dictionary<string, string?>
    {
        ["RateLimiting:Endpoint:PermitLimit"] = "3",
        ["RateLimiting:Endpoint:Window"] = "00:01:00",
    };

    [Fact]
    public async Task AddressPastTheLimit_Gets429_WithRetryAfter()
    {
        var t = new Transcript(Bot, Connector);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotImplemented, (await Bot.PostAsJsonAsync("/api/messages", Invoke(t))).StatusCode);

        var refused = await Bot.PostAsJsonAsync("/api/messages", Invoke(t));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task HealthEndpoints_AreNotLimited()
    {
        for (var i = 0; i < 3; i++)
            await Bot.PostAsJsonAsync("/api/messages", new JsonObject());

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await Bot.GetAsync("/healthz")).StatusCode);
    }

    private static JsonObject Invoke(Transcript t) => t.Activity(new JsonObject { ["type"] = "invoke", ["name"] = "rufa/unknown" });
}
