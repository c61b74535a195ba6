using System.Net;
using System.Text;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Protocol;

/// <summary>
/// Malformed requests, and bodies past the size or nesting limit, get a clear 4xx with RFC 7807 problem details and
/// nothing is sent; never a 5xx.
/// </summary>
public sealed class BadInputTests : RunningBot
{
    private Task<HttpResponseMessage> Post(string body) =>
        Bot.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    private string Valid(string type = "message") =>
        $$"""{"type":"{{type}}","id":"{{Guid.NewGuid()}}","serviceUrl":"{{Connector.ServiceUrl}}","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hi"}""";

    [Theory]
    [InlineData("{oops")]
    [InlineData("")]
    [InlineData("\"just a string\"")]
    [InlineData("""{"conversation":{"id":"a:1"},"serviceUrl":"http://127.0.0.1:1/"}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:1/"}""")]
    [InlineData("""{"type":"message","conversation":{"id":"a:1"}}""")]
    [InlineData("""{"type":"message","conversation":{"id":"a:1"},"serviceUrl":"javascript:alert(1)"}""")]
    [InlineData("""{"type":"message","conversation":{"id":"a:1"},"serviceUrl":"http://127.0.0.1:1/","timestamp":"not a date"}""")]
    public async Task Malformed_Is400ProblemDetails(string body)
    {
        var response = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":400", await response.Content.ReadAsStringAsync());
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task BodyOver256KB_Is413()
    {
        var response = await Post(Valid().Replace("\"hi\"", "\"" + new string('x', 257 * 1024) + "\""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Connector.Requests);
    }

    public static TheoryData<string, int> OverLimit() => new()
    {
        { "257 KB sent chunked, without a Content-Length", 413 },
        { "value nested 65 objects deep", 400 },
        { "channelData nested 10,000 arrays deep", 400 },
        { "an unknown field nested 65 objects deep", 400 },
    };

    [Theory, MemberData(nameof(OverLimit))]
    public async Task BodyPastASizeOrDepthLimit_IsRefused_BeforeAnyTurn(string limit, int status)
    {
        var body = limit switch
        {
            "257 KB sent chunked, without a Content-Length" => Valid().Replace("\"hi\"", "\"" + new string('x', 257 * 1024) + "\""),
            "value nested 65 objects deep" => Valid().Replace("\"text\":", "\"value\":" + Nested(65) + ",\"text\":"),
            "channelData nested 10,000 arrays deep" => Valid().Replace("\"text\":", "\"channelData\":" + new string('[', 10_000) + new string(']', 10_000) + ",\"text\":"),
            "an unknown field nested 65 objects deep" => Valid().Replace("\"text\":", "\"somethingNew\":" + Nested(65) + ",\"text\":"),
            _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, null),
        };
        HttpContent content = limit.Contains("chunked", StringComparison.Ordinal)
            ? new UnknownLengthContent(Encoding.UTF8.GetBytes(body))
            : new StringContent(body, Encoding.UTF8, "application/json");

        var response = await Bot.PostAsync("/api/messages", content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // Refused before a turn starts, so nothing can be sent later.
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task ValueNestedTenDeep_IsWithinTheLimit()
    {
        var response = await Post(Valid().Replace("\"text\":", "\"value\":" + Nested(10) + ",\"text\":"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    // Without a length the client sends the body chunked, so only the reader's own count can stop it.
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task GetOnMessages_Is405()
    {
        var response = await Bot.GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData("typing")]
    [InlineData("messageUpdate")]
    [InlineData("Message")]
    public async Task UnknownActivityType_Is200AndIgnored(string type)
    {
        var response = await Post(Valid(type));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task HostileText_IsAnsweredWithoutEchoingIt()
    {
        var response = await Post(Valid().Replace("\"hi\"", "\"<script>x</script> [click](https://evil.example) ![img](https://evil.example/a.png)\""));

        Assert.True(response.IsSuccessStatusCode);
        var replies = await Connector.WaitForAsync(2);
        Assert.NotEmpty(replies);
        Assert.All(replies, reply =>
        {
            Assert.DoesNotContain("evil.example", reply.Body);
            Assert.DoesNotContain("<script>", reply.Body);
        });
    }
}
