using System.Collections.Concurrent;

namespace RufaBot.LoadDriver;

/// <summary>A focal point of the routing the driver configures: one person per tier.</summary>
internal sealed record FocalPoint(string Tier, string AadObjectId, string Name)
{
    public string ChatId => "a:fp-" + Tier;
}

/// <summary>
/// The routing table (the default route of each tier) and which chat belongs to whom. Each focal point says hello
/// first, so RufaBot knows their chat; a chat RufaBot opens itself (CreateConversation) is mapped by its member.
/// </summary>
internal sealed class FocalPoints
{
    public static readonly IReadOnlyList<FocalPoint> People =
    [
        new("B0", "00000000-0000-0000-0000-00000000ad00", "Load Security"),
        new("B1", "00000000-0000-0000-0000-00000000ad01", "Load Focal"),
        new("B2", "00000000-0000-0000-0000-00000000ad02", "Load Adviser"),
        new("B3", "00000000-0000-0000-0000-00000000ad03", "Load Regional"),
        new("B4", "00000000-0000-0000-0000-00000000ad04", "Load Headquarters"),
    ];

    private readonly ConcurrentDictionary<string, FocalPoint> _chats = new(People.ToDictionary(p => p.ChatId), StringComparer.Ordinal);

    public FocalPoint? ByConversation(string conversationId) => _chats.GetValueOrDefault(conversationId);

    /// <summary>A chat RufaBot opened for a member id (<c>29:…</c>, <c>8:orgid:…</c> or the bare Entra id).</summary>
    public string OpenChat(string memberId)
    {
        var person = People.FirstOrDefault(p => memberId.EndsWith(p.AadObjectId, StringComparison.OrdinalIgnoreCase));
        var id = "a:opened-" + Guid.NewGuid().ToString("N");
        if (person is not null)
            _chats[id] = person;
        return id;
    }

    /// <summary>Environment variables of the routing: every tier's default route to its person.</summary>
    public static IEnumerable<KeyValuePair<string, string>> RoutingEnvironment() => People.SelectMany(p => new[]
    {
        new KeyValuePair<string, string>($"Escalation__Routing__Tiers__{p.Tier}__Default__FocalPoints__0__AadObjectId", p.AadObjectId),
        new KeyValuePair<string, string>($"Escalation__Routing__Tiers__{p.Tier}__Default__FocalPoints__0__DisplayName", p.Name),
    });
}

/// <summary>An escalation card as the Connector received it in a focal point's chat.</summary>
internal sealed record EscalationCard(FocalPoint Person, string ConversationId, System.Text.Json.Nodes.JsonObject Card);
