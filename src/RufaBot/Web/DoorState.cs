using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using RufaBot.Dialogs.State;

namespace RufaBot.Web;

/// <summary>
/// An unfinished web intake travels in the form itself, not on the server and not in a cookie: the draft's random id
/// and the flow state, encrypted and signed with Data Protection and valid for <see cref="WebDoorOptions.FormLifetime"/>.
/// A token that was tampered with, has expired, or comes from another key ring reads as nothing.
/// </summary>
internal sealed class DoorState(IDataProtectionProvider protection, IOptions<WebDoorOptions> options, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("RufaBot.Web.DoorState.v1").ToTimeLimitedDataProtector();

    public sealed record Draft(string DraftId, FlowState Flow);

    public static Draft New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), new FlowState());

    public string Protect(Draft draft)
    {
        var json = JsonSerializer.Serialize(new Token(draft.DraftId, JsonSerializer.Serialize(draft.Flow, DialogsJson.Default.FlowState)), DoorJson.Default.Token);
        return _protector.Protect(json, time.GetUtcNow() + options.Value.FormLifetime);
    }

    public Draft? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var json = _protector.Unprotect(token, out var expires);
            if (expires < time.GetUtcNow()) return null;
            var read = JsonSerializer.Deserialize(json, DoorJson.Default.Token);
            var flow = read is null ? null : JsonSerializer.Deserialize(read.Flow, DialogsJson.Default.FlowState);
            return read is { DraftId.Length: > 0 } && flow is not null ? new Draft(read.DraftId, flow) : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    internal sealed record Token(string DraftId, string Flow);
}

// The door's own small records: the form's token and the follow-up failure tally.
[JsonSerializable(typeof(DoorState.Token))]
[JsonSerializable(typeof(FollowUpThrottle.Tally))]
internal sealed partial class DoorJson : JsonSerializerContext;
