using RufaBot.Cards;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Turns;
using BotProtocol;

namespace RufaBot.Languages;

/// <summary>
/// "language": a card with the six languages, each named in itself, whose buttons say "language xx"; that (typed or
/// pressed) remembers the choice for the person and confirms it in the new language. Like every command, it pauses a
/// dialog in progress, which then goes on in the chosen language. <see cref="LanguageChoosingBot"/> has already
/// switched this turn to the language being chosen.
/// </summary>
internal sealed class LanguageCommand(FlowCatalog catalog, LanguageWords words, LanguagePreferences preferences, ILogger<LanguageCommand> logger) : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        if (words.ChoiceIn(turn.Text) is { } chosen)
        {
            if (SenderIdentity.Of(activity) is { } person)
            {
                try
                {
                    await preferences.SetAsync(person, new LanguagePreference(chosen.Tag, Chosen: true), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Log.PreferenceUnavailable(logger, e.GetType().Name);
                    return [Replies.Text(catalog.Text("host.language.notKept", locale))];
                }
            }
            return [Replies.Text(catalog.Text("host.language.chosen", locale).Replace("{language}", chosen.NativeName, StringComparison.Ordinal))];
        }
        if (!words.IsCommand(turn.Text))
            return null;
        var say = words.TriggerIn(locale);
        var buttons = SupportedLanguages.All.Where(l => catalog.Languages.Contains(l.Tag, StringComparer.OrdinalIgnoreCase))
            .Select(l => new SayButton(l.NativeName, $"{say} {l.Tag}", Primary: SupportedLanguages.Same(l.Tag, locale)))
            .ToList();
        var current = SupportedLanguages.Of(catalog.LanguageFor(locale))?.NativeName ?? catalog.LanguageFor(locale);
        var reply = ButtonReply.Create(
            [catalog.Text("host.language.intro", locale).Replace("{language}", current, StringComparison.Ordinal)],
            buttons, activity.ChannelId, catalog.Text("host.language.title", locale));
        if (reply.Attachments is { Count: > 0 })
            reply.Summary = catalog.Text("host.language.title", locale);
        return [reply];
    }

    /// <summary>
    /// The line that keeps the command findable on the welcome and help: its word in every language RufaBot speaks,
    /// so a person who cannot read the current language still recognises their own.
    /// </summary>
    public static string Hint(FlowCatalog catalog, string? locale)
    {
        var all = SupportedLanguages.All.Where(l => catalog.Languages.Contains(l.Tag, StringComparer.OrdinalIgnoreCase))
            .Select(l => catalog.Text("host.language.say", l.Tag)).Distinct(StringComparer.Ordinal);
        return catalog.Text("host.language.hint", locale).Replace("{words}", string.Join(" · ", all), StringComparison.Ordinal);
    }
}
