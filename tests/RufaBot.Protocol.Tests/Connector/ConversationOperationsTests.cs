using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using static BotProtocol.Tests.Connector.ConnectorServices;

namespace BotProtocol.Tests.Connector;

public sealed class ConversationOperationsTests : ConnectorTestBase
{
    [Fact]
    public async Task CreateConversation_OneOnOne_SendsTenantTwice_AndParsesConversationId()
    {
        Fake.Reply(201, """{"id":"a:1on1conversation"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:" + AppId },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        var result = await Client.CreateConversationAsync(ServiceUrl, parameters);

        Assert.Equal("a:1on1conversation", result.Id);
        Assert.Null(result.ActivityId);
        Assert.Null(parameters.ChannelData);
        var request = Assert.Single(Fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", Fake.RawTargets[0]);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.False(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user", Assert.Single(root.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", root.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(root.TryGetProperty("topicName", out _));
        Assert.False(root.TryGetProperty("activity", out _));
    }

    [Fact]
    public async Task CreateConversation_KeepsCallerChannelData()
    {
        using var channel = JsonDocument.Parse("""{"channel":{"id":"19:general@thread.tacv2"}}""");
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = "tenant-1",
            Activity = Message("first"),
            ChannelData = channel.RootElement.Clone(),
        };

        await Client.CreateConversationAsync(ServiceUrl, parameters);

        using var body = JsonDocument.Parse(Assert.Single(Fake.Requests).Body);
        var channelData = body.RootElement.GetProperty("channelData");
        Assert.Equal("19:general@thread.tacv2", channelData.GetProperty("channel").GetProperty("id").GetString());
        Assert.False(channelData.TryGetProperty("tenant", out _));
    }

    [Fact]
    public async Task GetConversationMember_GetsEscapedMemberPath_AndParsesAccount()
    {
        Fake.Reply(200, """{"id":"29:user","name":"Ada","aadObjectId":"oid-1","email":"ada@example.org"}""");

        var member = await Client.GetConversationMemberAsync(ServiceUrl, "a:conv", "29:user");

        Assert.Equal(("29:user", "Ada", "oid-1"), (member.Id, member.Name, member.AadObjectId));
        Assert.Equal("ada@example.org", member.Extra!["email"].GetString());
        var request = Assert.Single(Fake.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v3/conversations/a%3Aconv/members/29%3Auser", Fake.RawTargets[0]);
    }
}
