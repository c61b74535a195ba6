using System.Text.Json;
using RufaBot.Cards;
using RufaBot.Conversations;
using BotProtocol;

namespace RufaBot.Languages;

/// <summary>
/// Wraps the bot (outermost, before anything reads <see cref="Activity.Locale"/>): decides the language of the turn
/// and writes it into the activity's locale, so every text, card, stored reporter address and focal point's reach
/// record that follows speaks it without knowing how it was chosen. In order of strength:
/// <list type="number">
/// <item>a language the person chose with the language command (including the one being chosen in this message);</item>
/// <item>the language of this message when it clearly differs from what they would otherwise get, remembered so the
/// next short answer ("2", "yes") does not switch back; writing clearly in the client's language again forgets it;</item>
/// <item>the Teams client's locale (the activity's <c>locale</c>, else <c>clientInfo</c>'s).</item>
/// </list>
/// Remembering never fails a turn: the cache being down only costs the remembered language for this turn.
/// </summary>
internal sealed class LanguageChoosingBot(IBot inner, LanguagePreferences preferences, LanguageWords words, ILogger<LanguageChoosingBot> logger) : IBot
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var client = ClientLocale(activity);
        var person = SenderIdentity.Of(activity);
        var language = await DecideAsync(turn, person, client, cancellationToken);
        // Same language as the client: keep the client's full tag, whose region formats dates and numbers.
        activity.Locale = language is null || SupportedLanguages.Same(language, client) ? client : language;
        return await inner.OnTurnAsync(turn, cancellationToken);
    }

    private async Task<string?> DecideAsync(TurnContext turn, string? person, string? client, CancellationToken ct)
    {
        var message = turn.Activity.Type == ActivityTypes.Message;
        // A button that stands for words (the language card's) counts as typing them.
        var said = turn.Text.Length > 0 ? turn.Text : ButtonReply.WordsOf(turn.Activity);
        if (message && words.ChoiceIn(said) is { } choosing)
            return choosing.Tag;
        try
        {
            // Someone the channel does not vouch for gets this message's language, and nothing is remembered.
            var stored = person is null ? null : await preferences.GetAsync(person, ct);
            if (stored is { Chosen: true } || !message || MessageLanguage.Detect(said) is not { } written)
                return stored?.Tag;
            if (SupportedLanguages.Same(written, client))
            {
                if (stored is not null)
                    await preferences.ForgetAsync(person!, ct);
                return null;
            }
            if (person is not null && !SupportedLanguages.Same(written, stored?.Tag))
                await preferences.SetAsync(person, new LanguagePreference(written, Chosen: false), ct);
            return written;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.PreferenceUnavailable(logger, e.GetType().Name);
            return null;
        }
    }

    /// <summary>The locale the Teams client reports: the activity's, else its clientInfo entity's; null when neither looks like one.</summary>
    public static string? ClientLocale(Activity activity) =>
        Conversations.ClientLocale.From(activity.Locale) ?? Conversations.ClientLocale.From(activity.Entities?
            .Where(e => e.Type == "clientInfo" && e.Extra?.TryGetValue("locale", out var l) == true && l.ValueKind == JsonValueKind.String)
            .Select(e => e.Extra!["locale"].GetString()).FirstOrDefault());
}
