using BotProtocol;

namespace RufaBot.Languages;

/// <summary>
/// Every activity RufaBot sends passes here, whichever feature made it (a turn's reply, an outbox notice, a card
/// update): one in a right-to-left language is prepared by <see cref="RightToLeft"/> on its way out, so no card
/// builder has to remember it. An activity's language is its <see cref="Activity.Locale"/>: replies inherit the
/// turn's, and proactive messages set the recipient's.
/// </summary>
internal sealed class RightToLeftConnector(IConnectorClient inner) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        inner.SendToConversationAsync(serviceUrl, conversationId, RightToLeft.Apply(activity), cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        inner.ReplyToActivityAsync(serviceUrl, conversationId, activityId, RightToLeft.Apply(activity), cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, RightToLeft.Apply(activity), cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        if (parameters.Activity is { } first)
            RightToLeft.Apply(first);
        return inner.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
    }

    public Task<ChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default) =>
        inner.GetConversationMemberAsync(serviceUrl, conversationId, memberId, cancellationToken);
}
