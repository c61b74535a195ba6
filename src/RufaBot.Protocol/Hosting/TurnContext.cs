using System.Security.Claims;

namespace BotProtocol;

/// <summary>One inbound activity and the means to answer it in its conversation.</summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;

    internal TurnContext(Activity activity, ClaimsIdentity identity, IConnectorClient connector, string correlationId)
    {
        Activity = activity;
        Identity = identity;
        CorrelationId = correlationId;
        _connector = connector;
        if (activity.Type == ActivityTypes.Message)
            Text = Mentions.RemoveBotMentions(activity) is { Length: > 0 } typed ? typed : ImBackText(activity) ?? string.Empty;
    }

    // Teams posts a card button with data.msteams imBack as a message with that text; the Agents Playground posts the
    // button's data as the value instead, with no text. Both mean the user said those words.
    private static string? ImBackText(Activity activity) =>
        activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value
        && value.TryGetProperty("msteams", out var teams) && teams.ValueKind == System.Text.Json.JsonValueKind.Object
        && teams.TryGetProperty("type", out var type) && type.ValueKind == System.Text.Json.JsonValueKind.String && type.ValueEquals("imBack")
        && teams.TryGetProperty("value", out var said) && said.ValueKind == System.Text.Json.JsonValueKind.String
            ? said.GetString()!.Trim()
            : null;

    /// <summary>The inbound activity as received.</summary>
    public Activity Activity { get; }
    /// <summary>The validated caller identity (anonymous in local development).</summary>
    public ClaimsIdentity Identity { get; }
    /// <summary>
    /// Message text with mentions of the bot removed, trimmed (for a card's imBack button without text, the words it
    /// sends); empty for non-messages.
    /// </summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>
    /// Reads this message as if the user had typed <paramref name="words"/>: for a card button whose data stands for
    /// words (clients such as the Agents Playground cannot post Teams' imBack). The card data is dropped.
    /// </summary>
    public void ReadAsTyped(string words)
    {
        Activity.Value = null;
        Text = words.Trim();
    }
    /// <summary>Short id shown to users on errors and written to the log, to find one turn again.</summary>
    public string CorrelationId { get; }
    /// <summary>How many activities this turn has sent.</summary>
    public int SentCount { get; private set; }

    /// <summary>The conversation's service URL.</summary>
    public string ServiceUrl => Activity.ServiceUrl!;
    /// <summary>The conversation id.</summary>
    public string ConversationId => Activity.Conversation!.Id!;

    /// <summary>Sends <paramref name="reply"/> into this conversation, addressed and threaded as a reply to the inbound activity.</summary>
    public async Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        Replies.Address(reply, Activity);
        var response = Activity.Id is { Length: > 0 } id
            ? await _connector.ReplyToActivityAsync(ServiceUrl, ConversationId, id, reply, cancellationToken)
            : await _connector.SendToConversationAsync(ServiceUrl, ConversationId, reply, cancellationToken);
        SentCount++;
        return response;
    }

    /// <summary>Sends plain text.</summary>
    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Replies.Text(text), cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier in this conversation (e.g. a card after an action).</summary>
    public Task<ResourceResponse> UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        Replies.Address(replacement, Activity);
        replacement.Id = activityId;
        return _connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, replacement, cancellationToken);
    }
}
