using System.Text.Json.Nodes;
using RufaBot.Concerns;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Channels;

/// <summary>
/// A Teams channel on the default route of every tier, beside the tier's focal points: each channel gets its own card
/// once, and a card left behind by the concern says truthfully that it moved on.
/// </summary>
public sealed class TierChannelTests : EscalationBot
{
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
                Assert.Contains("Escalated · tier B4", Json(card), StringComparison.Ordinal);
                Assert.Equal(["8:orgid:" + Hq], RefreshUsers(card));
            }
            else
            {
                Assert.Contains($"Escalated to tier {tier + 1} on ", Json(card), StringComparison.Ordinal);
                Assert.DoesNotContain("· tier", Json(card), StringComparison.Ordinal);
                Assert.Empty(RefreshUsers(card));
            }
        }
    }

    private JsonObject Latest(string conversation) =>
        Connector.ActivitiesTo(conversation).Last()["attachments"]![0]!["content"]!.AsObject();

    private static IReadOnlyList<string> RefreshUsers(JsonObject card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!)];

    private static string Json(JsonNode node) => node.ToJsonString(Unescaped);

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
