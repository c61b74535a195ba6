using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using static RufaBot.Protocol.Tests.Connector.ConnectorServices;

namespace RufaBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=42";
    private const string EscapedThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D42";
    private FakeConnector _fake = null!;
    private ServiceProvider _services = null!;
    private IConnectorClient _client = null!;
    private string ServiceUrl => _fake.BaseAddress.ToString();

    public async Task InitializeAsync()
    {
        _fake = await FakeConnector.StartAsync();
        _services = Build(Tokens().Object);
        _client = _services.Client();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversation_PostsCamelCaseActivityWithoutNulls_ToEscapedPath()
    {
        _fake.Reply(201, """{"id":"1:new"}""");

        var result = await _client.SendToConversationAsync(ServiceUrl, ChannelThread, Message("hello"));

        Assert.Equal("1:new", result.Id);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities", _fake.RawTargets[0]);
        Assert.Equal("Bearer t1", request.Authorization);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("""{"type":"message","text":"hello"}""", request.Body);
    }

    [Fact]
    public async Task ReplyToActivity_PostsToActivityPath_AndSetsReplyToIdInBody()
    {
        var result = await _client.ReplyToActivityAsync(ServiceUrl, "a:1x/y", "1:act;id", Message("hi"));

        Assert.Equal("1", result.Id);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1x%2Fy/activities/1%3Aact%3Bid", _fake.RawTargets[0]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("1:act;id", body.RootElement.GetProperty("replyToId").GetString());
        Assert.DoesNotContain("null", request.Body);
    }

    [Fact]
    public async Task UpdateActivity_PutsFullActivity()
    {
        _fake.Reply(200, """{"id":"1:act"}""");

        var result = await _client.UpdateActivityAsync(ServiceUrl, ChannelThread, "1:act", Message("edited"));

        Assert.Equal("1:act", result.Id);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities/1%3Aact", _fake.RawTargets[0]);
        Assert.Equal("""{"type":"message","text":"edited"}""", request.Body);
    }

    [Fact]
    public async Task DeleteActivity_SendsDeleteWithoutBody_AndAcceptsEmptyResponse()
    {
        _fake.Reply(200);

        await _client.DeleteActivityAsync(ServiceUrl, ChannelThread, "1:act");

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities/1%3Aact", _fake.RawTargets[0]);
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

        await _client.SendToConversationAsync(serviceUrl, "a:c", Message("x"));

        Assert.Equal(expectedTarget, Assert.Single(_fake.RawTargets));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData(null)]
    [InlineData("not json")]
    public async Task Send_WhenResponseHasNoId_ReturnsEmptyResponse(string? body)
    {
        _fake.Reply(201, body);

        var result = await _client.SendToConversationAsync(ServiceUrl, "a:c", Message("x"));

        Assert.Null(result.Id);
        Assert.Single(_fake.Requests);
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
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.SendToConversationAsync(serviceUrl, "a:c", Message("x")));
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task EmptyConversationId_ThrowsArgumentException()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _client.SendToConversationAsync(ServiceUrl, "", Message("x")));
        Assert.Equal("conversationId", error.ParamName);
    }
}
