using System.Text.Json;
using Microsoft.Extensions.Logging;
using static BotProtocol.ConnectorUrl;

namespace BotProtocol;

/// <summary>
/// Bot Connector REST v3 over a pooled, typed <see cref="HttpClient"/>. Tokens, host trust and retries live in the
/// client's handlers (<see cref="BotTokenHandler"/> inside the retry handler), so every attempt carries a fresh token.
/// </summary>
internal sealed partial class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public async Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var url = Build(serviceUrl, $"v3/conversations/{Id(conversationId)}/activities");
        return await SendAsync(HttpMethod.Post, url, Json(activity), "SendToConversation", cancellationToken) ?? new();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var url = Build(serviceUrl, $"v3/conversations/{Id(conversationId)}/activities/{Id(activityId)}");
        activity.ReplyToId = activityId;
        return await SendAsync(HttpMethod.Post, url, Json(activity), "ReplyToActivity", cancellationToken) ?? new();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var url = Build(serviceUrl, $"v3/conversations/{Id(conversationId)}/activities/{Id(activityId)}");
        return await SendAsync(HttpMethod.Put, url, Json(activity), "UpdateActivity", cancellationToken) ?? new();
    }

    public async Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var url = Build(serviceUrl, $"v3/conversations/{Id(conversationId)}/activities/{Id(activityId)}");
        using var response = await SendCheckedAsync(HttpMethod.Delete, url, null, "DeleteActivity", cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var url = Build(serviceUrl, "v3/conversations");
        var body = JsonSerializer.SerializeToUtf8Bytes(WithTenantChannelData(parameters), ProtocolJson.WireConversationParameters);
        using var response = await SendCheckedAsync(HttpMethod.Post, url, Content(body), "CreateConversation", cancellationToken);
        return await ReadAsync(response, ProtocolJson.Default.ConversationResourceResponse, "CreateConversation", cancellationToken) ?? new();
    }

    public async Task<ChannelAccount> GetConversationMemberAsync(
        string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default)
    {
        var url = Build(serviceUrl, $"v3/conversations/{Id(conversationId)}/members/{Id(memberId)}");
        using var response = await SendCheckedAsync(HttpMethod.Get, url, null, "GetConversationMember", cancellationToken);
        return await ReadAsync(response, ProtocolJson.Default.ChannelAccount, "GetConversationMember", cancellationToken)
            ?? throw new ConnectorException(response.StatusCode, null, "GetConversationMember returned no member.");
    }

    // Teams wants the tenant in channelData as well as in tenantId; fill it in without touching the caller's object.
    private static ConversationParameters WithTenantChannelData(ConversationParameters p) =>
        p.ChannelData is not null || string.IsNullOrEmpty(p.TenantId) ? p : new ConversationParameters
        {
            IsGroup = p.IsGroup,
            Bot = p.Bot,
            Members = p.Members,
            TopicName = p.TopicName,
            TenantId = p.TenantId,
            Activity = p.Activity,
            ChannelData = JsonSerializer.SerializeToElement(
                new TeamsChannelData { Tenant = new TeamsEntity { Id = p.TenantId } }, ProtocolJson.Default.TeamsChannelData),
        };
}
