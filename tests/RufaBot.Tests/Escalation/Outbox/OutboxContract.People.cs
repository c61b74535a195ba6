using System.Text.Json.Nodes;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using BotProtocol;
using RufaBot.Tests.Escalation.Routing;

namespace RufaBot.Tests.Escalation.Outbox;

public abstract partial class OutboxContract
{
    private const string FocalPoint = "a1000000-0000-4000-8000-0000000000f1";

    private static OutboxMessage ToPerson(string aad, string text) =>
        OutboxWrites.SendToPerson(aad, Replies.Text(text), "escalation-card", null, DateTimeOffset.UtcNow);

    private const string OtherTenant = "9f9f9f9f-0000-4000-8000-00000000beef";
    private const string Colleague = "a1000000-0000-4000-8000-0000000000c1";

    [Fact]
    public async Task PersonWithoutAChat_GetsOneOpened_InTheDeploymentsOnlyTenant_AndKeepsIt()
    {
        var app = StartApp(new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = Tenant });
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
        var app = StartApp(new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = Tenant });
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

    [Fact]
    public async Task PersonWithoutAChat_InAMultiTenantDeployment_GetsOneOpenedInTheTenantOfTheirRoute()
    {
        var app = StartApp(new Dictionary<string, string?>
        {
            ["Bot:AllowedTenants:0"] = Tenant,
            ["Bot:AllowedTenants:1"] = OtherTenant,
            ["Escalation:Routing:Tiers:B1:Default:FocalPoints:0:AadObjectId"] = FocalPoint,
            ["Escalation:Routing:Tiers:B1:Default:FocalPoints:0:DisplayName"] = "Fatou Diop",
            ["Escalation:Routing:Tiers:B1:Default:TenantId"] = Tenant.ToUpperInvariant(),
        });
        await RecordChatAsync(app, Colleague, Connector.ServiceUrl.ToString(), "a:colleague-chat");
        await RecordChatAsync(app, RoutingFixture.Admin, Connector.ServiceUrl.ToString(), "a:admin-chat", OtherTenant);

        await EnqueueAsync(app, ToPerson(FocalPoint, "the card"));
        await WaitDeliveredAsync(app, 1);

        var create = Assert.Single(Connector.AcceptedCalls, c => c.Method == "CREATE");
        Assert.Equal(Tenant, (string?)JsonNode.Parse(create.Body)!["tenantId"]);
        Assert.Equal(Tenant, (string?)JsonNode.Parse(create.Body)!["channelData"]!["tenant"]!["id"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PersonWithoutAChatOrAKnownTenant_IsNotReachedThroughTheTenantThatSpokeLast_TheMessageWaits(bool multiTenant)
    {
        var app = StartApp(multiTenant
            ? new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = Tenant, ["Bot:AllowedTenants:1"] = OtherTenant }
            : null);
        await RecordChatAsync(app, RoutingFixture.Admin, Connector.ServiceUrl.ToString(), "a:admin-chat");
        await RecordChatAsync(app, Colleague, Connector.ServiceUrl.ToString(), "a:other-tenant-chat", OtherTenant);

        await EnqueueAsync(app, ToPerson(FocalPoint, "the card"));
        var rows = await WaitUntilAsync(app, rows => rows.Any(r => r.Purpose == ReachGaps.Purpose && r.DeliveredAt is not null)
                                                    && rows.Single(r => r.Purpose == "escalation-card").Attempts >= 2);

        Assert.DoesNotContain(Connector.AcceptedCalls, c => c.Method == "CREATE");
        var pending = Assert.Single(rows, r => r.Purpose == "escalation-card");
        Assert.Null(pending.DeliveredAt);
        Assert.Equal(OutboxAddressing.TenantUnknown, pending.LastFailure);
        var notice = Assert.Single(Connector.AcceptedCalls, c => c.Method == "POST");
        Assert.Equal("a:admin-chat", notice.ConversationId);
        Assert.Contains(FocalPoint, notice.Text, StringComparison.Ordinal);
        Assert.Contains("TenantId", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the card", notice.Text, StringComparison.Ordinal);
    }
}
