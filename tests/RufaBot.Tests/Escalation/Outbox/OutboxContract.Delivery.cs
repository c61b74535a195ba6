using RufaBot.Escalation.Outbox;
using BotProtocol;

namespace RufaBot.Tests.Escalation.Outbox;

public abstract partial class OutboxContract
{
    [Fact]
    public async Task ConnectorFailingHalfTheCalls_EveryMessageDeliveredExactlyOnce_InOrderPerRecipient()
    {
        Connector.FailureRate = 0.5;
        var app = StartApp();
        string[] conversations = ["19:alpha@thread", "19:beta@thread", "a:gamma", "a:delta"];
        var messages = Enumerable.Range(0, 40).Select(i => ToChannel(conversations[i % 4], $"m{i:00}")).ToArray();

        await EnqueueAsync(app, messages);
        var rows = await WaitDeliveredAsync(app, 40, seconds: 60);

        Assert.True(Connector.Failures > 10, $"only {Connector.Failures} failures: the test did not exercise retries");
        var posts = Connector.AcceptedCalls.Where(c => c.Method == "POST").ToList();
        Assert.Equal(40, posts.Count);
        Assert.Equal(40, posts.Select(p => p.Text).Distinct().Count());
        foreach (var conversation in conversations)
        {
            var expected = messages.Where(m => m.Recipient.ConversationId == conversation).Select(m => m.ReadActivity().Text);
            Assert.Equal(expected, posts.Where(p => p.ConversationId == conversation).Select(p => p.Text));
        }
        Assert.All(rows, r => Assert.NotNull(r.DeliveredActivityId));
        Assert.Contains(rows, r => r.Attempts > 1 && r.LastFailure is "http-500" or "http-429");
    }

    [Fact]
    public async Task Restart_DeliversWhatWasLeft_AndNeverResendsWhatWasDelivered()
    {
        var first = StartApp();
        await EnqueueAsync(first, [.. Enumerable.Range(0, 5).Select(i => ToChannel("a:chat", $"before-{i}"))]);
        await WaitDeliveredAsync(first, 5);
        Connector.Down = true;
        await EnqueueAsync(first, [.. Enumerable.Range(0, 5).Select(i => ToChannel("a:chat", $"after-{i}"))]);
        await WaitUntilAsync(first, rows => rows.Any(r => r.Attempts > 0 && r.DeliveredAt is null));
        await StopAsync(first);

        Connector.Down = false;
        var second = StartApp();
        await WaitDeliveredAsync(second, 10);

        var texts = Connector.AcceptedCalls.Select(c => c.Text).ToList();
        Assert.Equal([.. Enumerable.Range(0, 5).Select(i => $"before-{i}"), .. Enumerable.Range(0, 5).Select(i => $"after-{i}")], texts);
    }

    [Fact]
    public async Task UpdateOfACopy_ReplacesTheDeliveredActivity_AndWithoutOneIsSentAsNew()
    {
        var app = StartApp();
        var recipient = OutboxRecipient.Conversation(Connector.ServiceUrl.ToString(), "a:fp", Tenant);
        await EnqueueAsync(app, ToChannel("a:fp", "card v1", copyKey: "card:1"));
        await WaitDeliveredAsync(app, 1);

        await EnqueueAsync(app,
            OutboxWrites.UpdateCopy(recipient, "card:1", Replies.Text("card v2"), "test", null, DateTimeOffset.UtcNow),
            OutboxWrites.UpdateCopy(recipient, "card:2", Replies.Text("other card v1"), "test", null, DateTimeOffset.UtcNow),
            OutboxWrites.UpdateCopy(recipient, "card:1", Replies.Text("card v3"), "test", null, DateTimeOffset.UtcNow));
        await WaitDeliveredAsync(app, 4);

        var calls = Connector.AcceptedCalls.Select(c => (c.Method, c.ActivityId, c.Text)).ToList();
        Assert.Equal([("POST", "1", "card v1"), ("PUT", "1", "card v2"), ("POST", "2", "other card v1"), ("PUT", "1", "card v3")], calls);
    }

    [Fact]
    public async Task SeveralInstances_ShareTheOutbox_AndDeliverEachMessageOnce()
    {
        Connector.FailureRate = 0.3;
        var one = StartApp();
        var two = StartApp();
        var messages = Enumerable.Range(0, 30).Select(i => ToChannel($"a:chat-{i % 6}", $"m{i:00}")).ToArray();

        await EnqueueAsync(one, messages[..15]);
        await EnqueueAsync(two, messages[15..]);
        await WaitDeliveredAsync(one, 30, seconds: 60);

        var posts = Connector.AcceptedCalls.Where(c => c.Method == "POST").ToList();
        Assert.Equal(30, posts.Count);
        Assert.Equal(30, posts.Select(p => p.Text).Distinct().Count());
    }

    [Fact]
    public async Task Commit_WakesTheDispatcher_WithoutWaitingForThePoll()
    {
        var app = StartApp(new Dictionary<string, string?> { ["Escalation:Outbox:PollInterval"] = "01:00:00" });
        await WaitUntilAsync(app, _ => true);

        await EnqueueAsync(app, ToChannel("a:fp", "card"));

        await WaitDeliveredAsync(app, 1, seconds: 20);
        Assert.Equal("card", Assert.Single(Connector.AcceptedCalls).Text);
    }
}
