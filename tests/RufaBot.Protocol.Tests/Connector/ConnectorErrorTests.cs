using System.Net;
using Microsoft.Extensions.DependencyInjection;
using static RufaBot.Protocol.Tests.Connector.ConnectorServices;

namespace RufaBot.Protocol.Tests.Connector;

public sealed class ConnectorErrorTests : IAsyncLifetime
{
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

    [Theory]
    [InlineData(400, "BadArgument", false)]
    [InlineData(403, "BotDisabledByAdmin", false)]
    [InlineData(403, "BotNotInConversationRoster", true)]
    [InlineData(403, "ConversationBlockedByUser", true)]
    [InlineData(404, "ConversationNotFound", false)]
    [InlineData(413, "MessageSizeTooBig", false)]
    [InlineData(500, "ServiceError", false)]
    public async Task FailureStatus_IsNotRetried_AndSurfacesStatusAndCode(int status, string code, bool stopsProactive)
    {
        _fake.ReplyError(status, code);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.SendToConversationAsync(ServiceUrl, "a:c", Message("secret words")));

        Assert.Single(_fake.Requests);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(stopsProactive, error.StopsProactiveSends);
        Assert.Contains(code, error.Message);
        Assert.DoesNotContain("echo", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task FailureOnPut_IsNotRetried(int status)
    {
        _fake.ReplyError(status, "ActivityNotFoundInConversation");

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.UpdateActivityAsync(ServiceUrl, "a:c", "1:a", Message("x")));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(_fake.Requests);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"error":{"code":"has spaces and <markup>"}}""")]
    [InlineData(null)]
    public async Task FailureWithoutUsableCode_HasStatusAndNullCode(string? body)
    {
        _fake.Reply(400, body);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.DeleteActivityAsync(ServiceUrl, "a:c", "1:a"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.DoesNotContain("<", error.Message);
    }

    [Fact]
    public async Task GetConversationMember_WithEmptyBody_Throws()
    {
        _fake.Reply(200);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.GetConversationMemberAsync(ServiceUrl, "a:c", "29:u"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task TransportFailure_IsConnectorExceptionWithoutStatus()
    {
        var closed = await FakeConnector.StartAsync();
        var deadUrl = closed.BaseAddress.ToString();
        await closed.DisposeAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.SendToConversationAsync(deadUrl, "a:c", Message("x")));

        Assert.Null(error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }
}
