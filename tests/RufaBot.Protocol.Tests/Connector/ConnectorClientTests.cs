using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using static BotProtocol.Tests.Connector.ConnectorServices;

namespace BotProtocol.Tests.Connector;

public sealed class ConnectorClientTests : ConnectorTestBase
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=42";
    private const string EscapedThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D42";
    [Fact]
    public async Task SendToConversation_PostsCamelCaseActivityWithoutNulls_ToEscapedPath()
    {
        Fake.Reply(201, """{"id":"1:new"}""");

        var result = await Client.SendToConversationAsync(ServiceUrl, ChannelThread, Message("hello"));

        Assert.Equal("1:new", result.Id);
        var request = Assert.Single(Fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities", Fake.RawTargets[0]);
        Assert.Equal("Bearer t1", request.Authorization);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("""{"type":"message","text":"hello"}""", request.Body);
    }

    [Fact]
    public async Task ReplyToActivity_PostsToActivityPath_AndSetsReplyToIdInBody()
    {
        var result = await Client.ReplyToActivityAsync(ServiceUrl, "a:1x/y", "1:act;id", Message("hi"));

        Assert.Equal("1", result.Id);
        var request = Assert.Single(Fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1x%2Fy/activities/1%3Aact%3Bid", Fake.RawTargets[0]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("1:act;id", body.RootElement.GetProperty("replyToId").GetString());
        Assert.DoesNotContain("null", request.Body);
    }

    [Fact]
    public async Task UpdateActivity_PutsFullActivity()
    {
        Fake.Reply(200, """{"id":"1:act"}""");

        var result = await Client.UpdateActivityAsync(ServiceUrl, ChannelThread, "1:act", Message("edited"));

        Assert.Equal("1:act", result.Id);
        var request = Assert.Single(Fake.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities/1%3Aact", Fake.RawTargets[0]);
        Assert.Equal("""{"type":"message","text":"edited"}""", request.Body);
    }

    [Fact]
    public async Task DeleteActivity_SendsDeleteWithoutBody_AndAcceptsEmptyResponse()
    {
        Fake.Reply(200);

        await Client.DeleteActivityAsync(ServiceUrl, ChannelThread, "1:act");

        var request = Assert.Single(Fake.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities/1%3Aact", Fake.RawTargets[0]);
        Assert.Equal("", request.Body);
        Assert.Equal("Bearer t1", request.Authorization);
    }

    [Theory]
    [InlineData("", "/v3/conversations/a%3Ac/activities")]
    [InlineData("teams", "/teams/v3/conversations/a%3Ac/activities")]
    [InlineData("teams/", "/teams/v3/conversations/a%3Ac/activities")]
    public async Task ServiceUrl_WithOrWithoutTrailingSlashOrPath_Works(string path, string expectedTarget)
    {
        var serviceUrl = ServiceUrl.TrimEnd('/') + (path.Length == 0 ? "" : "/" + path);

        await Client.SendToConversationAsync(serviceUrl, "a:c", Message("x"));

        Assert.Equal(expectedTarget, Assert.Single(Fake.RawTargets));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData(null)]
    [InlineData("not json")]
    public async Task Send_WhenResponseHasNoId_ReturnsEmptyResponse(string? body)
    {
        Fake.Reply(201, body);

        var result = await Client.SendToConversationAsync(ServiceUrl, "a:c", Message("x"));

        Assert.Null(result.Id);
        Assert.Single(Fake.Requests);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    [InlineData("https://user:pw@smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/teams/?x=1")]
    [InlineData("")]
    public async Task InvalidServiceUrl_ThrowsArgumentException_AndSendsNothing(string serviceUrl)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client.SendToConversationAsync(serviceUrl, "a:c", Message("x")));
        Assert.Empty(Fake.Requests);
    }

    [Fact]
    public async Task EmptyConversationId_ThrowsArgumentException()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.SendToConversationAsync(ServiceUrl, "", Message("x")));
        Assert.Equal("conversationId", error.ParamName);
    }
}
