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
    public string For(OutboxMessage message)
    {
        var secret = Encoding.UTF8.GetBytes(options.Value.ReporterKeySecret
            ?? throw new InvalidOperationException("Concerns:ReporterKeySecret has no value."));
        var scope = message.Recipient.AadObjectId is null && message.ConcernId is { } concern ? $"\n{concern:N}" : "";
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"outbox-recipient\n{message.Recipient.Key}{scope}")));
    }
}
