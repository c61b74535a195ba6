using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Testing;

namespace BotProtocol.Tests.Connector;

/// <summary>The shared fake Connector's settings do what the tests that rely on them assume.</summary>
public sealed class FakeConnectorTests : IAsyncLifetime
{
    private FakeConnector _fake = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task FailureRate_FailsAboutThatShare_WithRetryableStatuses()
    {
        _fake.FailureRate = 0.3;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
            statuses.Add((await SendAsync("a:conv")).StatusCode);

        var failed = statuses.Count(s => s is HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests);
        Assert.InRange(failed, 35, 85);
        Assert.Equal(failed, _fake.Failures);
        Assert.Equal(200 - failed, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(200 - failed, _fake.AcceptedCalls.Count);
    }

    [Fact]
    public async Task Latency_DelaysEveryAnswer()
    {
        _fake.Latency = TimeSpan.FromMilliseconds(300);

        var watch = Stopwatch.StartNew();
        using var response = await SendAsync("a:conv");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task Down_Answers503_AndScriptedRepliesComeFirst()
    {
        _fake.Down = true;
        _fake.Reply(201, """{"id":"scripted"}""");

        using var scripted = await SendAsync("a:conv");
        using var down = await SendAsync("a:conv");

        Assert.Equal("scripted", (string?)JsonNode.Parse(await scripted.Content.ReadAsStringAsync())!["id"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Empty(_fake.AcceptedCalls);
    }

    [Fact]
    public async Task CreateConversation_OpensAChat_UnlessTheMemberHasNoApp()
    {
        _fake.WithoutApp.Add("29:no-app");

        using var created = await CreateAsync("29:ada");
        using var refused = await CreateAsync("29:no-app");

        Assert.Equal("a:chat-29:ada", (string?)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var create = Assert.Single(_fake.AcceptedCalls);
        Assert.Equal(("CREATE", "29:ada", "a:chat-29:ada"), (create.Method, create.ConversationId, create.CreatedId));
    }

    private Task<HttpResponseMessage> SendAsync(string conversation) =>
        _http.PostAsync(new Uri(_fake.ServiceUrl, $"v3/conversations/{Uri.EscapeDataString(conversation)}/activities"),
            new StringContent("""{"type":"message","text":"hi"}""", Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> CreateAsync(string member) =>
        _http.PostAsync(new Uri(_fake.ServiceUrl, "v3/conversations"),
            new StringContent($$"""{"members":[{"id":"{{member}}"}]}""", Encoding.UTF8, "application/json"));
}
