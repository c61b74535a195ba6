using Microsoft.Extensions.Options;
using BotProtocol;

namespace RufaBot.Administration;

/// <summary>
/// Decides whether the sender of an activity is an administrator. Only the Entra object id counts: it comes from
/// Teams in an authenticated activity, while names and channel ids can be chosen by anyone.
/// </summary>
internal sealed class Administrators(IOptionsMonitor<AdministrationOptions> options)
{
    public bool IsAdmin(Activity activity) => IsAdmin(activity.From?.AadObjectId);

    public bool IsAdmin(string? aadObjectId) =>
        aadObjectId is { Length: > 0 } id && options.CurrentValue.AdminAadObjectIds.Contains(id, StringComparer.OrdinalIgnoreCase);
}
