using System.Net;
using BotProtocol;

namespace RufaBot.Cli;

/// <summary>
/// The Bot Connector for chat mode: everything the bot sends goes to the terminal instead of to Teams. Conversations
/// the bot opens itself (e.g. to a focal point) become that person's private chat, which <c>/as</c> can switch to.
/// </summary>
internal sealed class ChatConnector(ChatScreen screen, ChatDirectory directory) : IConnectorClient
{
    private int _lastId;

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(Deliver(conversationId, activity));

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(Deliver(conversationId, activity));

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        screen.Show(conversationId, activityId, activity, replaces: true);
        return Task.FromResult(new ResourceResponse { Id = activityId });
    }

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        screen.Deleted(conversationId, activityId);
        return Task.CompletedTask;
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        if (parameters.Members is not [var member])
            throw new ConnectorException(HttpStatusCode.BadRequest, "BadArgument", "Chat mode opens one-to-one conversations only.");
        var user = directory.For(member);
        var first = parameters.Activity is { } activity ? Deliver(user.ConversationId, activity).Id : null;
        return Task.FromResult(new ConversationResourceResponse { Id = user.ConversationId, ActivityId = first, ServiceUrl = ChatActivities.ServiceUrl });
    }

    public Task<ChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default) =>
        directory.ByConversation(conversationId) is { } user && (user.Id == memberId || user.AadObjectId == memberId)
            ? Task.FromResult(user.Account())
            : throw new ConnectorException(HttpStatusCode.NotFound, "MemberNotFoundInConversation", "No such member in this chat-mode conversation.");

    private ResourceResponse Deliver(string conversationId, Activity activity)
    {
        var id = "chat-" + Interlocked.Increment(ref _lastId);
        screen.Show(conversationId, id, activity);
        return new ResourceResponse { Id = id };
    }
}
