using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;

namespace RufaBot.Turns;

/// <summary>
/// Requests a user may make at any time, even in the middle of a dialog: the dialog is paused, the request answered,
/// and the user is offered to carry on where they were. Features add theirs here.
/// </summary>
internal sealed class GlobalIntents(FlowCatalog catalog)
{
    private readonly (string WordsKey, Func<string?, IReadOnlyList<BotMessage>> Answer)[] _intents =
    [
        ("host.words.capabilities", locale => [new TextMessage(catalog.Text("host.capabilities", locale), "host.capabilities")]),
    ];

    /// <summary>The answer to <paramref name="text"/> when it is a global request; null otherwise.</summary>
    public IReadOnlyList<BotMessage>? Answer(string? text, string? locale)
    {
        foreach (var (wordsKey, answer) in _intents)
            if (catalog.IsWord(wordsKey, text, locale))
                return answer(locale);
        return null;
    }
}
