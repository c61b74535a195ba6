using RufaBot.Concerns;

namespace RufaBot.Escalation.Routing;

/// <summary>Who handles one tier for one country, region, entity or by default: focal points, a backup, a channel.</summary>
internal sealed class RouteEntry
{
    public List<FocalPointSetting> FocalPoints { get; set; } = [];

    public FocalPointSetting? Backup { get; set; }

    public ChannelEntry? Channel { get; set; }

    /// <summary>The Entra tenant of these people, where RufaBot may open a chat with one who has not written to it yet.</summary>
    public string? TenantId { get; set; }

    /// <summary>The role these people act in; by default the tier's usual role (see <see cref="TierRoles"/>).</summary>
    public ConcernRole? Role { get; set; }
}
