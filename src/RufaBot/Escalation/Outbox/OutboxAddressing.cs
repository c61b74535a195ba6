using System.Text.Json;
using Microsoft.Extensions.Options;
using RufaBot.Escalation.Reach;
using RufaBot.Escalation.Routing;
using BotProtocol;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Finds the conversation of a message's recipient: a known conversation as is; a person's recorded personal chat;
/// otherwise a 1:1 chat opened proactively (CreateConversation with the tenant and the person's Teams id, or their
/// Entra object id, which Teams accepts in personal scope when the app is installed for them). That chat is opened only
/// in the person's own tenant (<see cref="TenantOfAsync"/>); when it is not known the message waits as for anyone
/// unreachable, and administrators are told.
/// </summary>
internal sealed class OutboxAddressing(ReachDirectory directory, RouteTenants routes, IConnectorClient connector, IOptions<BotOptions> bot)
{
    /// <summary>The failures recorded when a person's tenant is not known or not served; administrators are told how to fix them.</summary>
    public const string TenantUnknown = "tenant-unknown";
    public const string TenantNotServed = "tenant-not-served";

    public async Task<OutboxTarget> ResolveAsync(OutboxRecipient recipient, CancellationToken ct)
    {
        if (recipient.ConversationId is { } conversation)
            return new OutboxTarget(recipient.ServiceUrl!, conversation);
        var aad = recipient.AadObjectId!;
        var known = await directory.FindPersonAsync(aad, ct);
        if (known?.ConversationId is { } chat)
            return new OutboxTarget(known.ServiceUrl, chat);

        var tenant = await TenantOfAsync(aad, known, ct);
        var serviceUrl = known?.ServiceUrl ?? await directory.ServiceUrlForTenantAsync(tenant, ct)
            ?? throw new UnreachableException(tenant is null ? TenantUnknown : "no-service-url");
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

    /// <summary>
    /// The person's own tenant: from their own activity (their recorded address), their route or their registration, or
    /// the deployment's only tenant. Never the tenant that spoke last: with several tenants that may be anyone's. Null
    /// only in local development with no tenant configured, where chats are opened as the local channel allows.
    /// </summary>
    private async Task<string?> TenantOfAsync(string aad, ReachAddress? known, CancellationToken ct)
    {
        var served = bot.Value.ServedTenants();
        var tenant = known?.TenantId ?? await routes.TenantOfAsync(aad, ct) ?? (served.Count == 1 ? served[0] : null);
        if (tenant is null && served.Count > 0)
            throw new UnreachableException(TenantUnknown);
        if (tenant is not null && served.Count > 0 && !bot.Value.Serves(tenant))
            throw new UnreachableException(TenantNotServed);
        return tenant;
    }

    /// <summary>The recorded chat refused a message (bot removed or blocked): forget it, so the next attempt opens a new one.</summary>
    public Task ForgetPersonAsync(OutboxRecipient recipient, CancellationToken ct) =>
        recipient.AadObjectId is { } aad ? directory.ForgetAsync(ReachAddress.PersonKey(aad), null, ct) : Task.CompletedTask;
}
