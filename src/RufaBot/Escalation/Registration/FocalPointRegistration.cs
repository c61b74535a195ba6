using RufaBot.Concerns;
using RufaBot.Escalation.Routing;

namespace RufaBot.Escalation.Registration;

/// <summary>
/// A focal point or a focal-point channel registered from chat by an administrator, merged with the configured routes.
/// One row per (tier, scope, key, person) or per (tier, scope, key) channel; registering again replaces it.
/// </summary>
internal sealed class FocalPointRegistration
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public EscalationTier Tier { get; init; }

    public RouteScope Scope { get; init; }

    /// <summary>Country code (upper case), region (lower case), entity code (upper case), or empty for the default route.</summary>
    public string ScopeKey { get; init; } = "";

    /// <summary>The person, or empty for a channel registration.</summary>
    public string AadObjectId { get; init; } = "";

    public string? DisplayName { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ConversationId { get; set; }

    public string? TenantId { get; set; }

    public string RegisteredBy { get; set; } = "";

    public DateTimeOffset RegisteredAt { get; set; }

    public bool IsChannel => AadObjectId.Length == 0;
}
