using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Concerns;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Channels;

/// <summary>
/// A Teams channel on the default route of every tier, beside the tier's focal points: each channel gets its own card
/// once, the card never carries the concern's content, and only the assigned focal points see more, in their own view.
/// </summary>
public sealed class TierChannelTests : EscalationBot
{
    private const string Marker = "ZQX-MARKER";
    private const string Stranger = "00000000-0000-0000-0000-0000000000c9";

    private static readonly Dictionary<EscalationTier, string> Channels = new()
    {
        [EscalationTier.B1] = "19:b1-focal-points@thread.tacv2",
        [EscalationTier.B2] = "19:b2-advisers@thread.tacv2",
        [EscalationTier.B3] = "19:b3-regional@thread.tacv2",
        [EscalationTier.B4] = "19:b4-headquarters@thread.tacv2",
    };

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(base.Settings);
            foreach (var (tier, conversation) in Channels)
            {
                settings[$"Escalation:Routing:Tiers:{tier}:Default:Channel:ServiceUrl"] = Connector.ServiceUrl.ToString();
                settings[$"Escalation:Routing:Tiers:{tier}:Default:Channel:ConversationId"] = conversation;
            }
            return settings;
        }
    }

    [Fact]
    public async Task EscalationFromB1ToB4_ReachesEachTiersChannelOnce_AndEarlierChannelsSayItMovedOn()
    {
        var concern = await SubmitAsync();

        await PressAsync(Fp1, "escalate", concern, ("escalateReason", "to the country"));
        await PressAsync(Adviser, "escalate", await LoadAsync(concern.Id), ("escalateReason", "to the region"));
        await PressAsync(Regional, "escalate", await LoadAsync(concern.Id), ("escalateReason", "to headquarters"));
        await DrainOutboxAsync();

        var stored = await LoadAsync(concern.Id);
        Assert.Equal(EscalationTier.B4, stored.Tier);
        Assert.Equal(4, stored.Participants.Count(p => p.IsChannel));
        foreach (var (tier, conversation) in Channels)
        {
            Assert.Single(Connector.Requests, r => r.Method == "POST" && r.PathAndQuery.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal));
            var card = Latest(conversation);
            Assert.Empty(Verbs(card));
            if (tier == EscalationTier.B4)
            {
                Assert.Contains("Escalated · headquarters level", Json(card), StringComparison.Ordinal);
                Assert.Equal(["8:orgid:" + Hq], RefreshUsers(card));
            }
            else
            {
                Assert.Contains($"Escalated to the {Level(tier + 1)} on ", Json(card), StringComparison.Ordinal);
                Assert.DoesNotContain("Escalated · ", Json(card), StringComparison.Ordinal);
                Assert.Empty(RefreshUsers(card));
            }
        }
    }

    [Fact]
    public async Task ChannelCards_CarryNoContent_WhileTheAssignedFocalPointsSeeItInTheirOwnViews()
    {
        var concern = await SubmitAsync(change: i => i with { Description = $"{Marker}-narrative", Place = $"{Marker}-place" });
        await DrainOutboxAsync();
        var fpCopy = Assert.Single(Connector.ActivitiesTo("a:chat-" + Fp1), a => a.ToJsonString().Contains(concern.Reference, StringComparison.Ordinal)).ToJsonString();
        Assert.Contains($"{Marker}-narrative", fpCopy, StringComparison.Ordinal);
        Assert.Contains($"{Marker}-place", fpCopy, StringComparison.Ordinal);

        var own = CardOf((await ChannelInvokeAsync(Fp1, Channels[EscalationTier.B1], concern)).Body);
        Assert.Contains($"{Marker}-narrative", own.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("acknowledge", Verbs(own));
        var member = CardOf((await ChannelInvokeAsync(Stranger, Channels[EscalationTier.B1], concern)).Body);
        AssertDeidentified(Json(member), concern);
        Assert.Empty(Verbs(member));

        await PressAsync(Fp1, "acknowledge", concern);
        await PressAsync(Fp1, "askReporter", await LoadAsync(concern.Id), ("question", $"{Marker}-question"));
        await Concerns.AddInformationAsync(concern.Reference, ReporterAad, $"{Marker}-added", CancellationToken.None);
        await PressAsync(Fp1, "escalate", await LoadAsync(concern.Id), ("escalateReason", $"{Marker}-escalate"));
        await PressAsync(Adviser, "escalate", await LoadAsync(concern.Id), ("escalateReason", $"{Marker}-escalate-again"));
        await PressAsync(Regional, "recordDecision", await LoadAsync(concern.Id), ("decisionNote", $"{Marker}-decision"));
        await PressAsync(Regional, "close", await LoadAsync(concern.Id), ("closeOutcome", "AdviceGiven"), ("closeReason", $"{Marker}-close"));
        await DrainOutboxAsync();

        Assert.Equal(ConcernStatus.Closed, (await LoadAsync(concern.Id)).Status);
        foreach (var conversation in Channels.Values.Take(3))
        {
            var sent = Connector.Requests.Where(r => r.PathAndQuery.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(sent);
            Assert.All(sent, r => AssertDeidentified(r.Body, concern));
        }
        var former = CardOf((await ChannelInvokeAsync(Fp1, Channels[EscalationTier.B1], await LoadAsync(concern.Id))).Body);
        AssertDeidentified(Json(former), concern);
    }

    [Fact]
    public async Task PendingInAChannel_OpensNothingThere()
    {
        var concern = await SubmitAsync();
        await DrainOutboxAsync();
        var message = Payloads.Load("channel-message-mention", Connector.ServiceUrl, conversationId: Channels[EscalationTier.B1] + ";messageid=7");
        message["from"] = new JsonObject { ["id"] = "29:" + Fp1, ["aadObjectId"] = Fp1, ["name"] = Fp1 };
        message["text"] = "pending";
        message["value"] = new JsonObject { ["rufa"] = "openConcern", ["concern"] = concern.Id.ToString("D") };

        (await Bot.PostAsJsonAsync("/api/messages", message)).EnsureSuccessStatusCode();

        var inChannel = Connector.Requests.Where(r => r.PathAndQuery.Contains(Uri.EscapeDataString(Channels[EscalationTier.B1]), StringComparison.Ordinal)).ToList();
        Assert.Single(inChannel, r => r.Body.Contains("only in your personal chat", StringComparison.Ordinal));
        Assert.DoesNotContain(inChannel, r => r.Body.Contains(IntakeAnswers.Narrative, StringComparison.Ordinal));
    }

    // What a channel may show: the reference, severity, categories, country and due time, nothing typed by anyone.
    private static void AssertDeidentified(string json, Concern concern)
    {
        Assert.Contains(concern.Reference, json, StringComparison.Ordinal);
        foreach (var forbidden in new[] { Marker, IntakeAnswers.Narrative, "Kalemie", "2026-11-20", "Date of events", "market.jpg", ReporterName, "People affected", "Alleged perpetrators", "History" })
            Assert.DoesNotContain(forbidden, json, StringComparison.Ordinal);
    }

    private JsonObject Latest(string conversation) =>
        Connector.ActivitiesTo(conversation).Last()["attachments"]![0]!["content"]!.AsObject();

    private static IReadOnlyList<string> RefreshUsers(JsonObject card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!)];

    private static string Level(EscalationTier tier) => tier switch
    {
        EscalationTier.B2 => "country level",
        EscalationTier.B3 => "regional level",
        EscalationTier.B4 => "headquarters level",
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    private static string Json(JsonNode node) => node.ToJsonString(Unescaped);

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A card refresh asked from the channel's message, as Teams sends it for a member of the channel.</summary>
    private async Task<(int Status, JsonObject Body)> ChannelInvokeAsync(string aad, string channel, Concern concern)
    {
        var activity = Payloads.Load("channel-invoke-adaptiveCard-action", Connector.ServiceUrl, conversationId: channel + ";messageid=1795534103827");
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        var data = new JsonObject { ["rufa"] = "escalation", ["concern"] = concern.Id.ToString("D"), ["version"] = concern.Version };
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refresh", ["data"] = data } };
        var response = await Bot.PostAsJsonAsync("/api/messages", activity);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
