using System.Text.Json;
using Microsoft.Extensions.Options;
using RufaBot.Escalation.Reach;
using RufaBot.Protocol;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Finds the conversation of a message's recipient: a known conversation as is; a person's recorded personal chat;
/// otherwise a 1:1 chat opened proactively (CreateConversation with the tenant and the person's Teams id, or their
/// Entra object id, which Teams accepts in personal scope when the app is installed for them).
/// </summary>
internal sealed class OutboxAddressing(ReachDirectory directory, IConnectorClient connector, IOptions<BotOptions> bot)
{
    public async Task<OutboxTarget> ResolveAsync(OutboxRecipient recipient, CancellationToken ct)
    {
        if (recipient.ConversationId is { } conversation)
            return new OutboxTarget(recipient.ServiceUrl!, conversation);
        var aad = recipient.AadObjectId!;
        var known = await directory.FindPersonAsync(aad, ct);
        if (known?.ConversationId is { } chat)
            return new OutboxTarget(known.ServiceUrl, chat);

        var tenant = known?.TenantId ?? recipient.TenantId ?? bot.Value.AppTenantId ?? await directory.AnyTenantAsync(ct);
        var serviceUrl = known?.ServiceUrl ?? await directory.ServiceUrlForTenantAsync(tenant, ct)
            ?? throw new UnreachableException("no-service-url");
        var member = known?.MemberId ?? aad;
        ConversationResourceResponse created;
        try
        {
            created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
            {
                IsGroup = false,
                Bot = bot.Value.AppId is { Length: > 0 } appId ? new ChannelAccount { Id = $"28:{appId}" } : null,
                Members = [new ChannelAccount { Id = member }],
                TenantId = tenant,
                ChannelData = tenant is null ? null : JsonSerializer.SerializeToElement(new TeamsChannelData { Tenant = new TeamsEntity { Id = tenant } }, ProtocolJson.Default.TeamsChannelData),
            }, ct);
        }
        catch (ConnectorException e) when (e.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound
                                               or System.Net.HttpStatusCode.BadRequest || e.StopsProactiveSends)
        {
            throw new UnreachableException(e.ErrorCode ?? $"http-{(int?)e.StatusCode}");
        }
        if (created.Id is not { Length: > 0 } opened)
            throw new UnreachableException("no-conversation-id");
        var url = created.ServiceUrl ?? serviceUrl;
        await directory.RecordOpenedChatAsync(aad, known?.MemberId, url, opened, tenant, ct);
        return new OutboxTarget(url, opened);
    }

    /// <summary>The recorded chat refused a message (bot removed or blocked): forget it, so the next attempt opens a new one.</summary>
    public Task ForgetPersonAsync(OutboxRecipient recipient, CancellationToken ct) =>
        recipient.AadObjectId is { } aad ? directory.ForgetAsync(ReachAddress.PersonKey(aad), null, ct) : Task.CompletedTask;
}
