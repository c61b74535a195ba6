using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotProtocol.Tests.Hosting;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task ConcurrentPostsInOneConversation_AreProcessedOneAtATime()
    {
        var inside = 0;
        var overlapped = false;
        var seen = new List<string>();
        await using var host = await PipelineHost.StartAsync(new DelegateBot(async (turn, ct) =>
        {
            if (Interlocked.Increment(ref inside) > 1)
                overlapped = true;
            await Task.Delay(20, ct);
            lock (seen)
                seen.Add(turn.Text);
            Interlocked.Decrement(ref inside);
            return null;
        }));

        var posts = Enumerable.Range(0, 10).Select(i => host.PostAsync(host.Message("m" + i, "a:same")));
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.False(overlapped);
        Assert.Equal(10, seen.Count);
    }

    [Fact]
    public async Task SequentialPostsInOneConversation_KeepTheirOrder()
    {
        var seen = new List<string>();
        await using var host = await PipelineHost.StartAsync(new DelegateBot((turn, _) =>
        {
            lock (seen)
                seen.Add(turn.Text);
            return Task.FromResult<InvokeResponse?>(null);
        }));

        for (var i = 0; i < 5; i++)
            await host.PostAsync(host.Message("m" + i));

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], seen);
    }

    [Fact]
    public async Task SlowTurn_IsAcknowledgedWith202_AndStillReplies()
    {
        await using var host = await PipelineHost.StartAsync(new DelegateBot(async (turn, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            await turn.SendTextAsync("done", ct);
            return null;
        }), options => options.TurnAcknowledgeAfter = TimeSpan.FromMilliseconds(100));

        var response = await host.PostAsync(host.Message("slow"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
        var reply = Assert.Single(await host.WaitForRequestsAsync(1));
        Assert.Contains("\"text\":\"done\"", reply.Body);
    }

    [Fact]
    public async Task FailingTurn_ApologisesWithCorrelationId_AndLeaksNoExceptionText()
    {
        await using var host = await PipelineHost.StartAsync(new DelegateBot((_, _) =>
            throw new InvalidOperationException("secret detail: connection string Password=hunter2")));

        var response = await host.PostAsync(host.Message("boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await host.WaitForRequestsAsync(1));
        var text = (string?)JsonNode.Parse(reply.Body)!["text"];
        Assert.Matches("reference [0-9A-F]{10}", text);
        Assert.DoesNotContain("hunter2", reply.Body);
        Assert.DoesNotContain("InvalidOperationException", reply.Body);
    }

    [Fact]
    public async Task Invoke_IsAnsweredSynchronouslyWithStatusAndBody()
    {
        await using var host = await PipelineHost.StartAsync(new DelegateBot((turn, _) =>
            Task.FromResult<InvokeResponse?>(new InvokeResponse(200, JsonSerializer.SerializeToElement(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "ok " + turn.Activity.Name })))));
        var invoke = host.Message("", type: "invoke");
        invoke["name"] = "adaptiveCard/action";

        var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"ok adaptiveCard/action"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_NobodyAnswers_Is501()
    {
        await using var host = await PipelineHost.StartAsync(new DelegateBot((_, _) => Task.FromResult<InvokeResponse?>(null)));
        var invoke = host.Message("", type: "invoke");
        invoke["name"] = "some/unknownInvoke";

        var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_Failing_AnswersErrorBodyWithoutExceptionText()
    {
        await using var host = await PipelineHost.StartAsync(new DelegateBot((_, _) => throw new InvalidOperationException("internal detail")));
        var invoke = host.Message("", type: "invoke");
        invoke["name"] = "adaptiveCard/action";

        var response = await host.PostAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"statusCode\":500", body);
        Assert.Contains("application/vnd.microsoft.error", body);
        Assert.DoesNotContain("internal detail", body);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task NonLoopbackServiceUrl_InLocalDevelopment_Is401()
    {
        await using var host = await PipelineHost.StartAsync(new DelegateBot((turn, ct) => turn.SendTextAsync("x", ct).ContinueWith(_ => (InvokeResponse?)null, ct)));
        var message = host.Message("hi");
        message["serviceUrl"] = "https://smba.trafficmanager.net/teams/";

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
