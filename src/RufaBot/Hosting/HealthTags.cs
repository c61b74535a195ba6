namespace RufaBot.Hosting;

/// <summary>Tags of health checks. A check tagged <see cref="Ready"/> is part of <c>GET /readyz</c>.</summary>
internal static class HealthTags
{
    public const string Ready = "ready";
}
