using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Protocol;

/// <summary>
/// The real host with no configuration (local development): Playground-recorded Teams activities in, exact Bot
/// Connector requests out.
/// </summary>
public sealed class LocalDevelopmentEndToEndTests : RunningBot
{
    [Fact]
    public async Task PersonalMessage_FromLoopbackWithoutToken_RepliesToServiceUrlThreadedOnTheMessage()
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl, id: "msg-1", conversationId: "a:conv;one@x");

        var response = await Bot.PostAsJsonAsync("/api/messages", activity);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"status {response.StatusCode}");
        var request = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/a%3Aconv%3Bone%40x/activities/msg-1", request.PathAndQuery);
        Assert.Null(request.Authorization);
        var reply = JsonNode.Parse(request.Body)!.AsObject();
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("msg-1", (string?)reply["replyToId"]);
        Assert.Equal("a:conv;one@x", (string?)reply["conversation"]!["id"]);
        Assert.Equal("user-id-0", (string?)reply["recipient"]!["id"]);
        Assert.Equal((string?)activity["recipient"]!["id"], (string?)reply["from"]!["id"]);
        Assert.Contains("Raise a concern", (string?)reply["text"]);
        Assert.Null(reply["serviceUrl"]);
        Assert.Null(reply["id"]);
    }

    [Fact]
    public async Task SameActivityPostedTwice_IsAnsweredOnce()
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl, id: "resend-1");

        var first = await Bot.PostAsJsonAsync("/api/messages", activity);
        var second = await Bot.PostAsJsonAsync("/api/messages", activity);

        Assert.True(first.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Task.Delay(300);
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task BotInstalled_SendsWelcomeOnce_AlthoughTeamsAnnouncesItTwice()
    {
        var conversation = "a:install-" + Guid.NewGuid();
        var added = Payloads.Load("personal-conversationUpdate-membersAdded-user-and-bot", Connector.ServiceUrl, conversationId: conversation);
        var installed = Payloads.Load("personal-installationUpdate-add", Connector.ServiceUrl, conversationId: conversation);

        (await Bot.PostAsJsonAsync("/api/messages", added)).EnsureSuccessStatusCode();
        (await Bot.PostAsJsonAsync("/api/messages", installed)).EnsureSuccessStatusCode();

        await Task.Delay(300);
        var welcome = Assert.Single(Connector.ActivitiesTo(conversation));
        Assert.StartsWith("Hello, I am RufaBot", (string?)welcome["attachments"]![0]!["content"]!["body"]![1]!["text"]);
    }

    [Fact]
    public async Task BotReinstalled_AfterRemoval_IsWelcomedAgain()
    {
        var conversation = "a:reinstall-" + Guid.NewGuid();
        var installed = Payloads.Load("personal-installationUpdate-add", Connector.ServiceUrl, conversationId: conversation);
        var removed = Payloads.Load("personal-installationUpdate-remove", Connector.ServiceUrl, conversationId: conversation);

        (await Bot.PostAsJsonAsync("/api/messages", installed)).EnsureSuccessStatusCode();
        (await Bot.PostAsJsonAsync("/api/messages", removed)).EnsureSuccessStatusCode();
        installed["id"] = Guid.NewGuid().ToString();
        (await Bot.PostAsJsonAsync("/api/messages", installed)).EnsureSuccessStatusCode();

        await Task.Delay(300);
        Assert.Equal(2, Connector.ActivitiesTo(conversation).Count(a => ((string?)a["attachments"]?[0]?["content"]?["body"]?[1]?["text"])?.StartsWith("Hello, I am RufaBot") == true));
    }

    [Fact]
    public async Task ChannelMention_IsAnsweredInTheThread()
    {
        var activity = Payloads.Load("channel-message-mention", Connector.ServiceUrl, id: "chan-1");

        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();

        var request = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal("/_connector/v3/conversations/team-id%3Bmessageid%3D1795534103827/activities/chan-1", request.PathAndQuery);
    }

    [Fact]
    public async Task Healthz_IsHealthy()
    {
        var response = await Bot.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }
}
