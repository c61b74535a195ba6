using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using BotProtocol;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Protocol;

/// <summary>
/// The real host as registered in Azure (single tenant): a Bot Framework token signed by a key from loopback OpenID
/// metadata is accepted, and the reply carries the bot's outbound token to the service URL the token vouched for.
/// </summary>
public sealed class AuthenticatedEndToEndTests : RunningBot
{
    protected override bool RequiresTokens => true;

    private Task<HttpResponseMessage> Post(JsonObject activity, string token) => SignedChannel.PostAsync(Bot, activity, token);

    private static string Token(TestSigningKey key, string serviceUrl) => SignedChannel.Token(key, serviceUrl);

    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndTheReplyCarriesTheBotsToken()
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl, id: "auth-1");

        var response = await Post(activity, Token(Channel.Teams, Connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{(string?)activity["conversation"]!["id"]}/activities/auth-1", request.PathAndQuery);
        Assert.Equal("Bearer outbound-token", request.Authorization);
        Assert.Contains("Here is what I can do", request.Body);
    }

    [Fact]
    public async Task TokenVouchingForAnotherServiceUrl_Is401_AndNothingIsSent()
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl);

        var response = await Post(activity, Token(Channel.Teams, "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task KeyNotEndorsedForTeams_Is401()
    {
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl);

        var response = await Post(activity, Token(Channel.WebChat, Connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task ValidToken_ForAnActivityFromAnotherTenant_Is403_AndNothingIsSent()
    {
        var activity = Payloads.Load("personal-conversationUpdate-membersAdded-user-and-bot", Connector.ServiceUrl);
        activity["conversation"]!["tenantId"] = "9f9f9f9f-0000-4000-8000-00000000beef";
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = "9f9f9f9f-0000-4000-8000-00000000beef" };

        var response = await Post(activity, Token(Channel.Teams, Connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }
}
