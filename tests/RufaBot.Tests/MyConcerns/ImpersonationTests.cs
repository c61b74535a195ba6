using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.MyConcerns;

/// <summary>
/// Someone who puts another person's Entra object id in <c>from.id</c> (the field any client may set) gets none of that
/// person's concerns: in Teams an activity without the signed <c>aadObjectId</c> has no identity; elsewhere the id is
/// the channel's own and never equals an object id. Authentication is off here (local development); see
/// <see cref="AuthenticatedImpersonationTests"/> for the same with signed tokens.
/// </summary>
public sealed class ImpersonationTests : EscalationBot
{
    [Theory]
    [InlineData("msteams", "Teams did not tell me who you are")]
    [InlineData("webchat", "You have not raised any concern")]
    public async Task AnotherPersonsObjectIdAsFromId_ListsNothingOfTheirs(string channel, string expected)
    {
        var victims = await SubmitAsync(ConsentMode.Anonymous);

        var replies = await SendAsImpostorAsync(channel, new JsonObject { ["text"] = "my concerns" });

        Assert.Contains(replies, r => r.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains(victims.Reference, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    public async Task AnotherPersonsObjectIdAsFromId_CannotAddToTheirConcern(string channel)
    {
        var victims = await SubmitAsync(ConsentMode.Anonymous);
        var before = await SnapshotAsync(victims.Id);

        var replies = await SendAsImpostorAsync(channel, new JsonObject
        {
            ["value"] = new JsonObject { ["rufa"] = "reporterAnswer", ["reference"] = victims.Reference, ["answer"] = "planted text" },
        });

        Assert.Contains(replies, r => r.Contains("I could not find that concern among yours", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(victims.Id));
        Assert.DoesNotContain(replies, r => r.Contains(IntakeAnswers.Narrative[..20], StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> SendAsImpostorAsync(string channel, JsonObject fields)
    {
        var conversation = "a:impostor-" + Guid.NewGuid().ToString("N");
        var activity = Payloads.Load("personal-message", Connector.ServiceUrl, conversationId: conversation);
        activity["channelId"] = channel;
        activity["from"] = new JsonObject { ["id"] = ReporterAad, ["name"] = "Impostor" };
        activity.Remove("text");
        foreach (var (key, value) in fields)
            activity[key] = value?.DeepClone();
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        // The reply may follow the HTTP answer: wait for it (every request here is answered with one message).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Connector.ActivitiesTo(conversation).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return [.. Connector.ActivitiesTo(conversation).Select(a => a.ToJsonString())];
    }
}
