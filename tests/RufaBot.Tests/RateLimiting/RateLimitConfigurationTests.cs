using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;
using RufaBot.Testing;

namespace RufaBot.Tests.RateLimiting;

/// <summary>Limits come from configuration: defaults suit people, load tests raise them or turn them off, bad values stop start-up.</summary>
public sealed class RateLimitConfigurationTests
{
    [Theory]
    [InlineData("RateLimiting:Enabled", "false")]
    [InlineData("RateLimiting:PerUser:PermitLimit", "1000")]
    public async Task RaisedOrDisabled_AHundredQuickMessagesPass(string key, string value)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new RufaBotApp(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true", ["RateLimiting:PerConversation:PermitLimit"] = "1000", [key] = value,
        }, HoldTheClock);
        using var bot = app.CreateBotClient();
        var t = new Transcript(bot, connector);

        for (var i = 0; i < 100; i++)
        {
            var response = await bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["type"] = "invoke", ["name"] = "rufa/unknown" }));
            Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        }
    }

    [Fact]
    public async Task Defaults_RefuseTheThirtyFirstMessageOfAMinute()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new RufaBotApp(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true" }, HoldTheClock);
        using var bot = app.CreateBotClient();
        var t = new Transcript(bot, connector);

        for (var i = 0; i < 30; i++)
            Assert.Equal(HttpStatusCode.NotImplemented, (await bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["type"] = "invoke", ["name"] = "rufa/unknown" }))).StatusCode);

        var refused = await bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["type"] = "invoke", ["name"] = "rufa/unknown" }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("TooManyRequests", await refused.Content.ReadAsStringAsync());
    }

    /// <summary>Every request of a test in one window, however slow the machine.</summary>
    private static void HoldTheClock(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("RateLimiting:FailedAuthentications:Window", "00:00:00.5", "RateLimiting:FailedAuthentications:Window must be at least 00:00:01")]
    [InlineData("RateLimiting:PerUser:PermitLimit", "0", "RateLimiting:PerUser:PermitLimit must be at least 1")]
    [InlineData("RateLimiting:PerConversation:Window", "00:00:00", "RateLimiting:PerConversation:Window must be at least 00:00:01")]
    [InlineData("RateLimiting:Endpoint:PermitLimit", "-5", "RateLimiting:Endpoint:PermitLimit must be at least 1")]
    public async Task BadLimit_StopsStartUp_NamingTheKey(string key, string value, string message) =>
        Assert.Contains(message, await StartupFailure.MessagesOfAsync(new Dictionary<string, string?> { [key] = value }));
}
