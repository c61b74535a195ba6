using System.Text.Json;
using System.Text.RegularExpressions;
using BotProtocol;

namespace RufaBot.Cards;

/// <summary>
/// The sender's time zone, as Teams reports it in every activity:
/// <c>entities: [{ "type": "clientInfo", "timezone": "Europe/Paris", … }]</c>. Null when it is missing, not an IANA
/// name or not known to this machine; the caller then shows UTC and says so.
/// </summary>
internal static partial class ClientTimeZone
{
    public static TimeZoneInfo? Of(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type != "clientInfo" || entity.Extra?.TryGetValue("timezone", out var value) != true || value.ValueKind != JsonValueKind.String)
                continue;
            // The name comes from the client: only the shape of an IANA name ("Area/City") is looked up, never a path.
            var name = value.GetString()!;
            // A reader on UTC reads "UTC" after each time, as one whose zone is unknown does.
            if (IanaName().IsMatch(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
                return zone.HasSameRules(TimeZoneInfo.Utc) ? null : zone;
        }
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-]{0,30}(/[A-Za-z0-9_+\-]{1,30}){0,2}$")]
    private static partial Regex IanaName();
}
