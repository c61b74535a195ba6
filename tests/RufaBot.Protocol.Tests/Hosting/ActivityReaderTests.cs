using System.Text;
using Microsoft.AspNetCore.Http;

namespace BotProtocol.Tests.Hosting;

public sealed class ActivityReaderTests
{
    private const string Valid = """{"type":"message","id":"1","serviceUrl":"https://smba.trafficmanager.net/teams/","conversation":{"id":"a:1"},"text":"hi"}""";

    [Fact]
    public void Parse_ValidActivity_ReturnsIt()
    {
        var (activity, error) = ActivityReader.Parse(Encoding.UTF8.GetBytes(Valid));
        Assert.Null(error);
        Assert.Equal("hi", activity!.Text);
    }

    [Theory]
    [InlineData("{not json", "malformed")]
    [InlineData("null", "JSON object")]
    [InlineData("[1,2]", "malformed")]
    [InlineData("""{"type":42,"conversation":{"id":"c"},"serviceUrl":"https://x/"}""", "malformed")]
    [InlineData("""{"conversation":{"id":"c"},"serviceUrl":"https://x/"}""", "'type'")]
    [InlineData("""{"type":"  ","conversation":{"id":"c"},"serviceUrl":"https://x/"}""", "'type'")]
    [InlineData("""{"type":"message","serviceUrl":"https://x/"}""", "'conversation.id'")]
    [InlineData("""{"type":"message","conversation":{},"serviceUrl":"https://x/"}""", "'conversation.id'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"ftp://x/"}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/?a=b"}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://u:p@x/"}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/#f"}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"/relative"}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"file:///etc/passwd"}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","attachments":[null]}""", "holds a null")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/","entities":[{"type":"clientInfo"},null]}""", "holds a null")]
    [InlineData("""{"type":"conversationUpdate","conversation":{"id":"c"},"serviceUrl":"https://x/","membersAdded":[null]}""", "holds a null")]
    [InlineData("""{"type":"messageReaction","conversation":{"id":"c"},"serviceUrl":"https://x/","reactionsAdded":[null]}""", "holds a null")]
    public void Parse_BadInput_Is400WithReason(string body, string reasonPart)
    {
        var (activity, error) = ActivityReader.Parse(Encoding.UTF8.GetBytes(body));
        Assert.Null(activity);
        Assert.Equal(400, error!.Status);
        Assert.Contains(reasonPart, error.Title);
    }

    [Fact]
    public async Task ReadAsync_BodyOverLimitWithoutContentLength_Is413()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Valid.Replace("\"hi\"", "\"" + new string('x', 300_000) + "\"")));
        var (activity, error) = await ActivityReader.ReadAsync(context.Request, 256 * 1024, CancellationToken.None);
        Assert.Null(activity);
        Assert.Equal(413, error!.Status);
    }

    [Fact]
    public async Task ReadAsync_DeclaredContentLengthOverLimit_Is413WithoutReading()
    {
        var context = new DefaultHttpContext();
        var body = new MemoryStream(Encoding.UTF8.GetBytes(Valid));
        context.Request.Body = body;
        context.Request.ContentLength = 10_000_000;
        var (_, error) = await ActivityReader.ReadAsync(context.Request, 256 * 1024, CancellationToken.None);
        Assert.Equal(413, error!.Status);
        Assert.Equal(0, body.Position);
    }

    [Fact]
    public async Task ReadAsync_LargeBodyJustUnderLimit_IsRead()
    {
        var text = new string('y', 200_000);
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Valid.Replace("\"hi\"", "\"" + text + "\"")));
        var (activity, error) = await ActivityReader.ReadAsync(context.Request, 256 * 1024, CancellationToken.None);
        Assert.Null(error);
        Assert.Equal(text, activity!.Text);
    }

    [Fact]
    public void Parse_UnknownProperties_SurviveRoundTrip()
    {
        const string body = """{"type":"message","serviceUrl":"https://x/","conversation":{"id":"c","x-conv":1},"from":{"id":"u","x-from":[1,2]},"futureField":{"a":true},"entities":[{"type":"clientInfo","locale":"en-US"}],"channelData":{"tenant":{"id":"t"}}}""";
        var (activity, _) = ActivityReader.Parse(Encoding.UTF8.GetBytes(body));
        var json = System.Text.Json.JsonSerializer.Serialize(activity!, ProtocolJson.Default.Activity);
        Assert.Contains("\"futureField\":{\"a\":true}", json);
        Assert.Contains("\"x-conv\":1", json);
        Assert.Contains("\"x-from\":[1,2]", json);
        Assert.Contains("\"locale\":\"en-US\"", json);
        Assert.Contains("\"channelData\":{\"tenant\":{\"id\":\"t\"}}", json);
    }
}
