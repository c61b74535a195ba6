using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace RufaBot.Languages;

/// <summary>A person's remembered language: chosen with the language command, or the one they last clearly wrote in.</summary>
internal sealed record LanguagePreference(string Tag, bool Chosen);

/// <summary>
/// Each person's language between turns and conversations, on <see cref="IDistributedCache"/> (Redis in production,
/// where conversation state lives too). Not a database row: the database keeps nothing about people who only
/// raised concerns (see ReachRecordingBot), and a row per person who ever changed language would list them. The entry
/// holds the language alone and lives <see cref="Lifetime"/> after the last change; without Redis (local development)
/// it lasts as long as the process.
/// </summary>
internal sealed class LanguagePreferences(IDistributedCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    private const string Prefix = "rufa:lang:v1:";

    public async Task<LanguagePreference?> GetAsync(string person, CancellationToken ct)
    {
        var bytes = await cache.GetAsync(Prefix + person, ct);
        if (bytes is null)
            return null;
        // "ar" or "ar!" (chosen); anything else (an older or damaged entry) counts as none.
        var text = Encoding.UTF8.GetString(bytes);
        var chosen = text.EndsWith('!');
        return SupportedLanguages.Of(chosen ? text[..^1] : text) is { } language ? new LanguagePreference(language.Tag, chosen) : null;
    }

    public Task SetAsync(string person, LanguagePreference preference, CancellationToken ct) =>
        cache.SetAsync(Prefix + person, Encoding.UTF8.GetBytes(preference.Tag + (preference.Chosen ? "!" : "")),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, ct);

    public Task ForgetAsync(string person, CancellationToken ct) => cache.RemoveAsync(Prefix + person, ct);
}
