using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// The stored ordering key of a message's recipient: a keyed hash (HMAC-SHA256 under <c>Concerns:ReporterKeySecret</c>,
/// its own label), because a reporter's chat id in clear next to a concern id would tell who reported it. A chat or
/// channel reached by its address (a reporter's chat, a channel) gets a key per concern: one key shared by a
/// person's anonymous and named concerns would link them. Messages about one concern keep their order, which is the
/// order that matters. The recipient's address itself is stored encrypted.
/// </summary>
internal sealed class OutboxRecipientKeys(IOptions<ConcernsOptions> options)
{
    public string For(OutboxMessage message) =>
        Key(message.Recipient.Key, message.Recipient.AadObjectId is null ? message.ConcernId : null);

    /// <summary>The key of messages to a chat reached by its address that carry no concern id (the reporter's notices).</summary>
    public string ForChat(string conversationId) => Key(OutboxRecipient.Conversation("-", conversationId, null).Key, null);

    private string Key(string recipient, Guid? concern)
    {
        var secret = Encoding.UTF8.GetBytes(options.Value.ReporterKeySecret
            ?? throw new InvalidOperationException("Concerns:ReporterKeySecret has no value."));
        var scope = concern is { } id ? $"\n{id:N}" : "";
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"outbox-recipient\n{recipient}{scope}")));
    }
}
