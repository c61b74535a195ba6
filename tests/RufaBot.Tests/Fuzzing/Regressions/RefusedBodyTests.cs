using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Fuzzing.Regressions;

/// <summary>
/// Found by <see cref="MalformedActivityFuzzTests"/>. Invalid UTF-8 inside a field kept as raw JSON (the card value)
/// was accepted and would fail whichever step read it; an id of many kilobytes was accepted and failed the reply
/// (its URL too long for the Connector); an escaped lone surrogate ("\ud800") in the card value was accepted and
/// failed the turn where the value was read; by <see cref="ForgedActionFuzzTests"/>: a blank <c>from.aadObjectId</c>
/// failed the turn where the sender's key was computed. All are now refused at the door with 400 and problem details.
/// </summary>
public sealed class RefusedBodyTests : RunningBot
{
    [Fact]
    public async Task InvalidUtf8_InTheCardValue_IsRefusedWith400()
    {
        var activity = new Transcript(Bot, Connector).Activity(new JsonObject { ["value"] = new JsonObject { ["rufa"] = "answer", ["step"] = "BAD" } });
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString()).ToList();
        var at = bytes.IndexOf((byte)'B');
        bytes[at] = 0xC3;   // a lead byte followed by 'A': not UTF-8
        using var content = new ByteArrayContent([.. bytes]);
        content.Headers.ContentType = new("application/json");

        using var response = await Bot.PostAsync("/api/messages", content);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync());
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("""{"rufa":"answer","step":"\ud800"}""")]
    [InlineData("""{"rufa":"myConcerns","verb":"open","reference":"a\udc00b"}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"\udbff\udbff","data":{"rufa":"escalation"}}}""")]
    public async Task AnEscapedLoneSurrogate_InTheCardValue_IsRefusedWith400(string value)
    {
        var activity = new Transcript(Bot, Connector).Activity(new JsonObject { ["value"] = "VALUE" });
        using var content = new StringContent(activity.ToJsonString().Replace("\"VALUE\"", value, StringComparison.Ordinal), Encoding.UTF8, "application/json");

        using var response = await Bot.PostAsync("/api/messages", content);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("half of a UTF-16 pair", await response.Content.ReadAsStringAsync());
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("replyToId")]
    [InlineData("conversation")]
    public async Task AnIdLongerThan1024Characters_IsRefusedWith400(string field)
    {
        var activity = new Transcript(Bot, Connector).Activity(new JsonObject { ["text"] = "hi" });
        if (field == "conversation")
            activity["conversation"]!["id"] = "a:" + new string('x', 1024);
        else
            activity[field] = new string('7', 1025);

        using var response = await Bot.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("longer than 1024", await response.Content.ReadAsStringAsync());
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("aadObjectId", " ")]
    [InlineData("aadObjectId", "")]
    [InlineData("id", "\t")]
    public async Task ABlankSender_IsRefusedWith400(string field, string blank)
    {
        var activity = new Transcript(Bot, Connector).Activity(new JsonObject { ["text"] = "my concerns" });
        activity["from"]![field] = blank;

        using var response = await Bot.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("present but blank", await response.Content.ReadAsStringAsync());
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task AnIdOf1024Characters_IsStillAnswered()
    {
        var activity = new Transcript(Bot, Connector).Activity(new JsonObject { ["text"] = "hi", ["id"] = new string('7', 1024) });

        using var response = await Bot.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.NotEmpty(await Connector.WaitForAsync(1));
    }
}
