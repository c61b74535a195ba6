namespace RufaBot.Cli;

/// <summary>
/// Chat mode's stand-in escalation routing, so a newcomer can follow a concern offline from the reporter to the focal
/// points: every tier's default route goes to a named demo person (<c>/as Sam Focal</c> to act as the first one).
/// Used only when the command line and the environment configure no routing of their own; a real routing in
/// appsettings.json is merged with it (its specific routes still win over these defaults).
/// </summary>
internal static class ChatDemoRouting
{
    public static readonly IReadOnlyList<(string Tier, string Name)> People =
    [
        ("B0", "Sam Focal"),
        ("B1", "Sam Focal"),
        ("B2", "Rita Adviser"),
        ("B3", "Rene Regional"),
        ("B4", "Hana Headquarters"),
    ];

    private const string Prefix = "Escalation:Routing";

    public static IEnumerable<string> Args(IReadOnlyList<string> hostArgs)
    {
        if (hostArgs.Any(a => a.TrimStart('-').StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariables().Keys.Cast<string>().Any(k => k.StartsWith("Escalation__Routing", StringComparison.OrdinalIgnoreCase)))
            return [];
        return People.SelectMany(p =>
        {
            var person = ChatUser.Named(p.Name);
            var route = $"--{Prefix}:Tiers:{p.Tier}:Default";
            return new[]
            {
                $"{route}:FocalPoints:0:AadObjectId={person.AadObjectId}", $"{route}:FocalPoints:0:DisplayName={person.Name}",
                $"{route}:TenantId={ChatUser.TenantId}",
            };
        });
    }
}
