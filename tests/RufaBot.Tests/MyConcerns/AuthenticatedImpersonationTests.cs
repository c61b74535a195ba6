using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using BotProtocol;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.MyConcerns;

/// <summary>
/// With authentication on, a properly signed channel token vouches for the channel and the service address, not for
/// whoever <c>from.id</c> names: a Teams activity without <c>aadObjectId</c>, or a Web Chat activity carrying a staff
/// member's object id, lists none of that person's concerns, an anonymous one included.
/// </summary>
public sealed class AuthenticatedImpersonationTests : RunningBot
{
    private const string Victim = "6c1f0a52-2c1e-4f3b-9a57-0d7c1e2b3a41";
    protected override bool RequiresTokens => true;

    [Theory]
    [InlineData("msteams", "Teams did not tell me who you are")]
    [InlineData("webchat", "You have not raised any concern")]
    public async Task SignedActivityNamingTheVictimInFromId_ListsNothingOfTheirs(string channel, string expected)
    {
        var intake = ConcernIntake.From(IntakeAnswers.Full()) with { Consent = ConsentMode.Anonymous };
        var reporter = new ReporterInfo(Victim, "Victim", new ReporterConversation(Connector.ServiceUrl.ToString(), "a:victim-chat", "tenant-1", null));
        var reference = await App.Services.GetRequiredService<ConcernService>().SubmitAsync(intake, reporter, "draft-1", CancellationToken.None);

        var conversation = "a:impostor-" + channel;
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl, conversationId: conversation);
        activity["channelId"] = channel;
        activity["from"] = new JsonObject { ["id"] = Victim, ["name"] = "Impostor" };
        activity["text"] = "my concerns";
        var key = channel == "msteams" ? Channel.Teams : Channel.WebChat;
        (await SignedChannel.PostAsync(Bot, activity, SignedChannel.Token(key, Connector.ServiceUrl.ToString()))).EnsureSuccessStatusCode();

        var reply = Assert.Single(await Connector.WaitForAsync(1)).Body;
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, reply, StringComparison.Ordinal);
    }
}
