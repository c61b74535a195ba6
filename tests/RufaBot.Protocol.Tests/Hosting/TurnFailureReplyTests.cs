using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotProtocol.Tests.Hosting;

public sealed class TurnFailureReplyTests
{
    [Fact]
    public async Task FailureTheApplicationRecognises_IsAnsweredInItsWords_OthersKeepTheApology()
    {
        await using var host = await PipelineHost.StartAsync(
            new DelegateBot((turn, _) => throw (turn.Text == "known" ? new TimeoutException("store") : (Exception)new InvalidOperationException("other"))),
            services: s => s.AddSingleton<ITurnFailureReply>(new TimeoutReply()));

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(host.Message("known"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(host.Message("unknown"))).StatusCode);

        var texts = (await host.WaitForRequestsAsync(2)).Select(r => (string?)JsonNode.Parse(r.Body)!["text"]).ToList();
        Assert.Equal("The store is away; your answers are kept.", texts[0]);
        Assert.Matches("reference [0-9A-F]{10}", texts[1]);
    }

    [Fact]
    public async Task DeduplicationStoreDown_RunsNoTurn_Answers200_AndTellsTheUser()
    {
        var turns = 0;
        await using var host = await PipelineHost.StartAsync(
            new DelegateBot((_, _) => { Interlocked.Increment(ref turns); return Task.FromResult<InvokeResponse?>(null); }),
            services: s =>
            {
                s.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator, DownDeduplicator>());
                s.AddSingleton<ITurnFailureReply>(new TimeoutReply());
            });

        var response = await host.PostAsync(host.Message("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await host.WaitForRequestsAsync(1));
        Assert.Equal("The store is away; your answers are kept.", (string?)JsonNode.Parse(reply.Body)!["text"]);
        Assert.Equal(0, turns);
    }

    private sealed class TimeoutReply : ITurnFailureReply
    {
        public Activity? For(Exception exception, TurnContext turn) =>
            exception is TimeoutException ? Replies.Text("The store is away; your answers are kept.") : null;
    }

    private sealed class DownDeduplicator : IActivityDeduplicator
    {
        public ValueTask<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
            throw new TimeoutException("store");
    }
}
