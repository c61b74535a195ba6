using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Fuzzing.Regressions;

/// <summary>
/// Found by <see cref="MalformedActivityFuzzTests"/>: a message whose card value carried a "rufa" marker that was not
/// text (an object, a number, …) failed the turn inside the "my concerns" command, so the user got the apology and
/// the log an error. Such a value is no card of ours: the message is answered as typed text.
/// </summary>
public sealed class CardValueMarkerTests : RunningBot
{
    private readonly FuzzLog _log = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_log);

    [Theory]
    [InlineData("""{"x":1}""")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("""["myConcerns"]""")]
    public async Task AMarkerThatIsNotText_IsNoCard_AndTheTurnDoesNotFail(string marker)
    {
        var t = new Transcript(Bot, Connector);

        await t.Post(new JsonObject { ["text"] = "hi", ["value"] = new JsonObject { ["rufa"] = JsonNode.Parse(marker), ["verb"] = "open" } });

        t.AssertReply("Here is what I can do").AssertNoReplyContains("something went wrong");
        Assert.Empty(_log.Errors);
    }
}
