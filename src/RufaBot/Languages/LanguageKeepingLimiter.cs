using RufaBot.Conversations;
using BotProtocol;

namespace RufaBot.Languages;

/// <summary>
/// Wraps the turn limiter, whose refusal comes before the bot (and so before <see cref="LanguageChoosingBot"/>) runs: a
/// refused sender is told to slow down in the language they chose, not in their client's. A refusal reads the
/// remembered language once, the one cache read the refused turn would have made itself.
/// </summary>
internal sealed class LanguageKeepingLimiter(ITurnLimiter inner, LanguagePreferences preferences, ILogger<LanguageKeepingLimiter> logger) : ITurnLimiter
{
    public bool TryAdmit(Activity activity) => inner.TryAdmit(activity);

    public async Task<InvokeResponse?> RefuseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (SenderIdentity.Of(turn.Activity) is { } person)
        {
            try
            {
                if (await preferences.GetAsync(person, cancellationToken) is { } remembered)
                    turn.Activity.Locale = remembered.Tag;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.PreferenceUnavailable(logger, e.GetType().Name);
            }
        }
        return await inner.RefuseAsync(turn, cancellationToken);
    }
}
