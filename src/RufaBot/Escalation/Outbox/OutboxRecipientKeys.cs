using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// The stored ordering key of a recipient: a keyed hash (HMAC-SHA256 under <c>Concerns:ReporterKeySecret</c>, its own
/// label), because a reporter's chat id in clear next to a concern id would tell who reported it. The recipient's
/// address itself is stored encrypted.
/// </summary>
internal sealed class OutboxRecipientKeys(IOptions<ConcernsOptions> options)
{
    public string For(OutboxRecipient recipient)
    {
        var secret = Encoding.UTF8.GetBytes(options.Value.ReporterKeySecret
            ?? throw new InvalidOperationException("Concerns:ReporterKeySecret has no value."));
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"outbox-recipient\n{recipient.Key}")));
    }
}
