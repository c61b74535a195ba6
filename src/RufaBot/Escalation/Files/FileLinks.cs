using Microsoft.Extensions.Options;
using RufaBot.Hosting;

namespace RufaBot.Escalation.Files;

/// <summary>
/// Download links for one focal point and one file: <c>/files/{id}?t=…</c>, the token (<see cref="SignedTokens"/>)
/// holding the file id, the focal point's keyed hash and an expiry. A token given for another file reads as nothing.
/// The link names whom it was given to, so the download is recorded against them, and their entitlement is checked
/// again when it is used.
/// </summary>
internal sealed class FileLinks(SignedTokens tokens, IOptions<FileLinkOptions> options, IHttpContextAccessor http)
{
    public const string Path = "/files";

    private const string Purpose = "RufaBot.Escalation.FileLinks.v2";

    public sealed record Claim(Guid FileId, string ActorKey);

    public TimeSpan Lifetime => options.Value.Lifetime;

    public string Url(Guid fileId, string actorKey)
    {
        var token = tokens.Create(Purpose, $"{fileId:N}|{actorKey}", Lifetime);
        return $"{BaseAddress()}{Path}/{fileId:N}?t={Uri.EscapeDataString(token)}";
    }

    public Claim? Read(Guid fileId, string? token)
    {
        var parts = tokens.Read(Purpose, token)?.Split('|');
        return parts is { Length: 2 } && Guid.TryParseExact(parts[0], "N", out var id) && id == fileId ? new Claim(id, parts[1]) : null;
    }

    private string BaseAddress()
    {
        if (options.Value.PublicAddress is { Length: > 0 } configured)
            return configured.TrimEnd('/');
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("FileLinks:PublicAddress is not set and there is no request to take the address from.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
