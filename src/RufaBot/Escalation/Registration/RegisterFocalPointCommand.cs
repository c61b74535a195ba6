using RufaBot.Administration;
using RufaBot.Dialogs;
using RufaBot.Escalation.Routing;
using BotProtocol;
using RufaBot.Storage;
using RufaBot.Turns;

namespace RufaBot.Escalation.Registration;

/// <summary>
/// "register me as focal point for B1 country KE" and, in a channel, "register this channel as focal point channel
/// for B3 region east-africa", in any of the six languages (routing.words.register* and routing.words.scope.*, every
/// language's words understood whatever language the sender gets). Administrators only: the sender's authenticated Entra object id is
/// checked, never a name. Stored in the database and merged with the configured routes.
/// </summary>
internal sealed class RegisterFocalPointCommand(Administrators administrators, RoutingRegistrations registrations, FlowCatalog catalog,
    TimeProvider time, ILogger<RegisterFocalPointCommand> logger) : IChatCommand
{
    private static readonly (string Key, RouteScope Scope)[] ScopeKeys =
    [
        ("routing.words.scope.country", RouteScope.Country), ("routing.words.scope.region", RouteScope.Region),
        ("routing.words.scope.entity", RouteScope.Entity), ("routing.words.scope.default", RouteScope.Default),
    ];

    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Text;
        var (isChannel, rest) = catalog.AfterWords("routing.words.registerChannel", text) is { } channelRest ? (true, channelRest)
            : catalog.AfterWords("routing.words.registerMe", text) is { } personRest ? (false, personRest) : (false, (string?)null);
        if (rest is null)
            return null;

        var activity = turn.Activity;
        var sender = activity.From?.AadObjectId;
        if (!administrators.IsAdmin(activity))
        {
            Log.RegistrationRefused(logger);
            return Reply("routing.register.notAdmin", activity);
        }
        if (RegistrationTarget.Parse(rest, ScopeWords()) is not { } target)
            return Reply("routing.register.usage", activity);
        if (isChannel && activity.Conversation?.ConversationType != "channel")
            return Reply("routing.register.channelOnly", activity);

        var registration = isChannel
            ? new FocalPointRegistration
            {
                Tier = target.Tier, Scope = target.Scope, ScopeKey = target.ScopeKey,
                ServiceUrl = activity.ServiceUrl, ConversationId = ChannelConversation(activity.Conversation!.Id!), TenantId = activity.Conversation.TenantId,
            }
            : new FocalPointRegistration
            {
                Tier = target.Tier, Scope = target.Scope, ScopeKey = target.ScopeKey,
                AadObjectId = sender!.Trim().ToLowerInvariant(), DisplayName = activity.From?.Name,
                // The sender's own tenant: where RufaBot may open a chat with them if they never write to it in private.
                TenantId = activity.Conversation?.TenantId,
            };
        registration.RegisteredBy = sender!;
        registration.RegisteredAt = time.GetUtcNow();
        try
        {
            await registrations.SaveAsync(registration, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.IsUnavailable(e))
        {
            Log.RegistrationFailed(logger, e.GetType().Name);
            return Reply("routing.register.failed", activity);
        }
        Log.Registered(logger, target.Tier, target.Scope, isChannel);
        return Reply(isChannel ? "routing.register.channel" : "routing.register.person", activity, RouteInWords(target, activity.Locale));
    }

    // A channel message's conversation id carries ";messageid=…" when it is a reply in a thread; the channel is the part before.
    private static string ChannelConversation(string id) => id.Split(';')[0];

    // "B2 country FR", "B2 país FR": the route as the reader would type it back.
    private string RouteInWords(RegistrationTarget target, string? locale)
    {
        var key = ScopeKeys.First(s => s.Scope == target.Scope).Key;
        var scope = catalog.Words(key, locale).FirstOrDefault() ?? target.Scope.ToString().ToLowerInvariant();
        return target.Scope == RouteScope.Default ? $"{target.Tier} {scope}" : $"{target.Tier} {scope} {target.ScopeKey}";
    }

    private IEnumerable<(string Word, RouteScope Scope)> ScopeWords() =>
        ScopeKeys.SelectMany(s => catalog.Languages.SelectMany(language => catalog.Words(s.Key, language)).Select(word => (word, s.Scope)));

    private Activity[] Reply(string key, Activity activity, string? route = null) =>
        [Replies.Text(catalog.Text(key, activity.Locale).Replace("{route}", route ?? "", StringComparison.Ordinal))];
}
