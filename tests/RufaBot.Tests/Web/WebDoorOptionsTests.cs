using System.Net;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Web;

/// <summary>The door can be turned off, moved, and kept to one host name; a path that is no path stops the start.</summary>
public sealed class WebDoorOptionsTests
{
    [Fact]
    public async Task TurnedOff_EveryPathOfTheDoorIsNotFound()
    {
        await using var app = new RufaBotApp(new Dictionary<string, string?> { ["WebDoor:Enabled"] = "false" });
        using var client = app.CreateBotClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/report")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/report/follow-up")).StatusCode);
    }

    [Fact]
    public async Task OnItsOwnHostAndPath_TheDoorAnswersThereOnly()
    {
        await using var app = new RufaBotApp(new Dictionary<string, string?> { ["WebDoor:Path"] = "/speak-up", ["WebDoor:Host"] = "door.example.org" });
        using var client = app.CreateBotClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/speak-up")).StatusCode);
        using var onItsHost = new HttpRequestMessage(HttpMethod.Get, "/speak-up") { Headers = { Host = "door.example.org" } };
        var page = await client.SendAsync(onItsHost);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/speak-up/safer\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/report")).StatusCode);
    }

    [Fact]
    public async Task APathThatIsNoPath_StopsTheStart()
    {
        await using var app = new RufaBotApp(new Dictionary<string, string?> { ["WebDoor:Path"] = "report/" });
        var failure = Record.Exception(() => app.CreateBotClient());
        Assert.Contains("WebDoor", failure?.ToString(), StringComparison.Ordinal);
    }
}
