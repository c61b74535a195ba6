using System.Text.Json.Nodes;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Protocol;
using RufaBot.Tests.Escalation.Routing;

namespace RufaBot.Tests.Escalation.Outbox;

public abstract partial class OutboxContract
{
    private const string FocalPoint = "a1000000-0000-4000-8000-0000000000f1";

    private static OutboxMessage ToPerson(string aad, string text) =>
        OutboxWrites.SendToPerson(aad, Replies.Text(text), "escalation-card", null, DateTimeOffset.UtcNow);

    [Fact]
    public async Task PersonWithoutAChat_GetsOneOpened_WithTheTenant_AndKeepsIt()
    {
        var app = StartApp();
        await RecordChatAsync(app, RoutingFixture.Admin, Connector.ServiceUrl.ToString(), "a:admin-chat");

        await EnqueueAsync(app, ToPerson(FocalPoint, "first"), ToPerson(FocalPoint, "second"));
        await WaitDeliveredAsync(app, 2);

        var create = Assert.Single(Connector.AcceptedCalls, c => c.Method == "CREATE");
        var body = JsonNode.Parse(create.Body)!;
        Assert.Equal(FocalPoint, (string?)body["members"]![0]!["id"]);
        Assert.Equal(Tenant, (string?)body["tenantId"]);
        Assert.False((bool)body["isGroup"]!);
        var posts = Connector.AcceptedCalls.Where(c => c.Method == "POST").ToList();
        Assert.All(posts, p => Assert.Equal($"a:chat-{FocalPoint}", p.ConversationId));
        Assert.Equal(["first", "second"], posts.Select(p => p.Text));
    }

    [Fact]
    public async Task PersonWithoutTheApp_IsReportedToAdministrators_AndTheMessageWaits()
    {
        Connector.WithoutApp.Add(FocalPoint);
        var app = StartApp();
        await RecordChatAsync(app, RoutingFixture.Admin, Connector.ServiceUrl.ToString(), "a:admin-chat");

        await EnqueueAsync(app, ToPerson(FocalPoint, "the card"));
        var rows = await WaitUntilAsync(app, rows => rows.Any(r => r.Purpose == ReachGaps.Purpose && r.DeliveredAt is not null)
                                                    && rows.Single(r => r.Purpose == "escalation-card").Attempts >= 2);

        var pending = Assert.Single(rows, r => r.Purpose == "escalation-card");
        Assert.Null(pending.DeliveredAt);
        Assert.Equal("Forbidden", pending.LastFailure);
        var notice = Assert.Single(Connector.AcceptedCalls, c => c.Method == "POST");
        Assert.Equal("a:admin-chat", notice.ConversationId);
        Assert.Contains(FocalPoint, notice.Text, StringComparison.Ordinal);
        Assert.Contains("Install the app", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the card", notice.Text, StringComparison.Ordinal);
        Assert.Single(rows, r => r.Purpose == ReachGaps.Purpose);

        Connector.WithoutApp.Clear();
        await WaitUntilAsync(app, rows => rows.All(r => r.DeliveredAt is not null));
        Assert.Contains(Connector.AcceptedCalls, c => c.Method == "POST" && c.Text == "the card");
    }
}
