using RufaBot.Concerns;
using RufaBot.Escalation.Registration;

namespace RufaBot.Escalation.Routing;

/// <summary>One route as the router uses it: the configured entry plus people and the channel registered in chat.</summary>
internal sealed record MergedRoute(IReadOnlyList<FocalPoint> FocalPoints, FocalPoint? Backup, ChannelTarget? Channel, ConcernRole? Role)
{
    public IEnumerable<FocalPoint> People() => Backup is null ? FocalPoints : FocalPoints.Append(Backup);

    public static MergedRoute From(RouteEntry? entry, IReadOnlyList<FocalPointRegistration>? registered = null)
    {
        var people = entry?.FocalPoints.Select(p => p.ToFocalPoint()).ToList() ?? [];
        var channel = entry?.Channel?.ToTarget();
        foreach (var registration in (registered ?? []).OrderBy(r => r.RegisteredAt))
        {
            if (registration.IsChannel && registration.ServiceUrl is { } url && registration.ConversationId is { } conversation)
                channel = new ChannelTarget(url, conversation, registration.TenantId);
            else if (!registration.IsChannel && !people.Any(p => p.AadObjectId.Equals(registration.AadObjectId, StringComparison.OrdinalIgnoreCase)))
                people.Add(new FocalPoint(registration.AadObjectId, registration.DisplayName ?? registration.AadObjectId));
        }
        var backup = entry?.Backup?.ToFocalPoint();
        return new MergedRoute(people, backup, channel, entry?.Role);
    }
}
