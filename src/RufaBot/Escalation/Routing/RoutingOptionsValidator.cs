using Microsoft.Extensions.Options;
using RufaBot.Concerns;

namespace RufaBot.Escalation.Routing;

/// <summary>
/// Refuses a routing configuration that would lose or misroute a concern, naming the configuration key and the fix:
/// unknown or empty tiers, routes without anyone, ids that are not Entra object ids, one person listed twice.
/// </summary>
internal sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var problems = new List<string>();
        foreach (var (country, region) in options.Regions)
        {
            if (!IsCountryCode(country))
                problems.Add($"{RoutingOptions.Section}:Regions:{country} is not an ISO 3166 alpha-2 country code (two letters, e.g. KE); rename the key.");
            if (string.IsNullOrWhiteSpace(region))
                problems.Add($"{RoutingOptions.Section}:Regions:{country} is empty; give the region's name or remove the entry.");
        }
        foreach (var (tierName, tier) in options.Tiers)
        {
            var key = $"{RoutingOptions.Section}:Tiers:{tierName}";
            if (!Enum.GetNames<EscalationTier>().Contains(tierName))
            {
                problems.Add($"{key} is not a tier; use B0, B1, B2, B3 or B4.");
                continue;
            }
            if (tier.IsEmpty)
                problems.Add($"{key} has no route; add Entities, Countries, Regions or Default with at least one focal point, or remove the tier.");
            foreach (var (country, entry) in tier.Countries)
            {
                if (!IsCountryCode(country))
                    problems.Add($"{key}:Countries:{country} is not an ISO 3166 alpha-2 country code (two letters, e.g. KE); rename the key.");
                CheckEntry($"{key}:Countries:{country}", entry, problems);
            }
            foreach (var (region, entry) in tier.Regions)
                CheckEntry($"{key}:Regions:{region}", entry, problems);
            foreach (var (entity, entry) in tier.Entities)
                CheckEntry($"{key}:Entities:{entity}", entry, problems);
            if (tier.Default is { } fallback)
                CheckEntry($"{key}:Default", fallback, problems);
        }
        foreach (var (entity, entry) in options.EntityHeadquarters)
            CheckEntry($"{RoutingOptions.Section}:EntityHeadquarters:{entity}", entry, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckEntry(string key, RouteEntry entry, List<string> problems)
    {
        if (entry.FocalPoints.Count == 0 && entry.Channel is null)
            problems.Add($"{key} names no focal point; add FocalPoints (AadObjectId and DisplayName) or a Channel, or remove the route.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entry.FocalPoints.Count; i++)
        {
            CheckPerson($"{key}:FocalPoints:{i}", entry.FocalPoints[i], problems);
            if (!seen.Add(entry.FocalPoints[i].AadObjectId.Trim()))
                problems.Add($"{key}:FocalPoints:{i} lists {entry.FocalPoints[i].AadObjectId} a second time; remove the duplicate.");
        }
        if (entry.Backup is { } backup)
        {
            CheckPerson($"{key}:Backup", backup, problems);
            if (seen.Contains(backup.AadObjectId.Trim()))
                problems.Add($"{key}:Backup is also one of the focal points; the backup must be someone else.");
        }
        if (entry.TenantId is { } tenant && !Guid.TryParse(tenant, out _))
            problems.Add($"{key}:TenantId '{tenant}' is not a Microsoft Entra tenant id (a GUID); copy the Tenant ID from the organisation's Entra overview, or remove it.");
        if (entry.Channel is { } channel && (!Uri.TryCreate(channel.ServiceUrl, UriKind.Absolute, out _) || string.IsNullOrWhiteSpace(channel.ConversationId)))
            problems.Add($"{key}:Channel needs an absolute ServiceUrl and a ConversationId; register the channel from Teams with the 'register this channel' command instead.");
    }

    private static void CheckPerson(string key, FocalPointSetting person, List<string> problems)
    {
        if (!Guid.TryParse(person.AadObjectId, out _))
            problems.Add($"{key}:AadObjectId '{person.AadObjectId}' is not a Microsoft Entra object id (a GUID); copy the Object ID from the person's Entra profile.");
        if (string.IsNullOrWhiteSpace(person.DisplayName))
            problems.Add($"{key}:DisplayName is empty; give the name focal points and administrators will recognise.");
    }

    private static bool IsCountryCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetter);
}
