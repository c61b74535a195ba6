using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using RufaBot.Diagnostics;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;
using RufaBot.Testing;

namespace RufaBot.Tests.Diagnostics;

/// <summary>GET /diagnostics/counters: absent unless turned on, aggregate numbers only, loopback callers only.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class CountersEndpointTests
{
    private static readonly string[] Fields =
        ["largestStateWrite", "stateBytesRead", "stateBytesWritten", "stateReads", "stateRemoves", "stateWrites", "storageCommands"];

    [Fact]
    public async Task CountersEndpoint_IsOffByDefault()
    {
        await using var app = new RufaBotApp();
        using var client = app.CreateBotClient();

        var response = await client.GetAsync(new Uri("/diagnostics/counters", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CountersEndpoint_WhenOn_CountsTheDatabaseCommandsAndStateOperationsOfATurn()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new RufaBotApp(new Dictionary<string, string?> { ["Diagnostics:CountersEndpoint"] = "true" });
        using var client = app.CreateBotClient();
        var before = await CountersAsync(client);

        // A first message records the person's chat (a database write) and saves the dialog it starts (a state write).
        await new Transcript(client, connector).Send("raise a concern");
        var after = await CountersAsync(client);

        Assert.Equal(Fields, before.EnumerateObject().Select(p => p.Name).Order());
        Assert.True(Number(after, "storageCommands") > Number(before, "storageCommands"));
        Assert.True(Number(after, "stateReads") > Number(before, "stateReads"));
        Assert.True(Number(after, "stateWrites") > Number(before, "stateWrites"));
        Assert.True(Number(after, "stateBytesWritten") > Number(before, "stateBytesWritten"));
        Assert.True(Number(after, "largestStateWrite") > 0);
    }

    [Theory]
    [InlineData("192.0.2.10")]
    [InlineData("2001:db8::1")]
    public void CountersEndpoint_RefusesCallersThatAreNotOnLoopback(string caller)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(caller);

        var result = CountersEndpoint.Handle(context);

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<StatusCodeHttpResult>(result).StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void CountersEndpoint_AnswersLoopbackCallers(string caller)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(caller);

        Assert.IsType<JsonHttpResult<CountersSnapshot>>(CountersEndpoint.Handle(context));
    }

    private static async Task<JsonElement> CountersAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri("/diagnostics/counters", UriKind.Relative));

    private static long Number(JsonElement counters, string name) => counters.GetProperty(name).GetInt64();
}
