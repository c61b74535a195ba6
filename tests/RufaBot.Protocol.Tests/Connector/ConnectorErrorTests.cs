using System.Net;
using Microsoft.Extensions.DependencyInjection;
using static BotProtocol.Tests.Connector.ConnectorServices;
using RufaBot.Testing;

namespace BotProtocol.Tests.Connector;

public sealed class ConnectorErrorTests : ConnectorTestBase
{
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
        Fake.ReplyError(status, code);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendToConversationAsync(ServiceUrl, "a:c", Message("secret words")));

        Assert.Single(Fake.Requests);
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
        Fake.ReplyError(status, "ActivityNotFoundInConversation");

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.UpdateActivityAsync(ServiceUrl, "a:c", "1:a", Message("x")));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(Fake.Requests);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"error":{"code":"has spaces and <markup>"}}""")]
    [InlineData(null)]
    public async Task FailureWithoutUsableCode_HasStatusAndNullCode(string? body)
    {
        Fake.Reply(400, body);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.DeleteActivityAsync(ServiceUrl, "a:c", "1:a"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.DoesNotContain("<", error.Message);
    }

    [Fact]
    public async Task GetConversationMember_WithEmptyBody_Throws()
    {
        Fake.Reply(200);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.GetConversationMemberAsync(ServiceUrl, "a:c", "29:u"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task TransportFailure_IsConnectorExceptionWithoutStatus()
    {
        var closed = await FakeConnector.StartAsync();
        var deadUrl = closed.BaseAddress.ToString();
        await closed.DisposeAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.SendToConversationAsync(deadUrl, "a:c", Message("x")));

        Assert.Null(error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }
}
