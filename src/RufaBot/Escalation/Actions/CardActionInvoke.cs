using System.Text.Json;
using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;
using RufaBot.Languages;
using RufaBot.Escalation.Outbox;
using BotProtocol;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// Answers <c>adaptiveCard/action</c> invokes from escalation cards with the updated card for the person who pressed
/// the button (Teams waits for it, so the answer is synchronous; every other copy is updated through the outbox).
/// Refusals are answered with the current card and a message saying why, so nobody is left with a stale view; someone
/// with no part in the concern gets the same card whether the concern exists or not, with nothing of it.
/// </summary>
internal sealed class CardActionInvoke(CardActionService desk, EscalationCard cards, FlowCatalog catalog)
{
    public const string InvokeName = "adaptiveCard/action";

    private const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Null when the invoke is not for an escalation card.</summary>
    public async Task<InvokeResponse?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name != InvokeName)
            return null;
        var request = CardActionParser.Parse(turn.Activity, out var valid);
        if (request is null)
            return null;
        var locale = turn.Activity.Locale;
        var zone = ClientTimeZone.Of(turn.Activity);
        var t = new EscalationTexts(catalog, locale, zone);
        if (!valid)
        {
            EscalationTelemetry.Refused("malformed");
            return Error(400, "BadRequest", t["esc.msg.unknownVerb"]);
        }
        try
        {
            var outcome = await desk.ActOnCardAsync(request, cancellationToken);
            if (outcome.Concern is null)
                return CardResponse(EscalationCard.NoAccess(t), locale);
            var message = outcome.MessageKey is { } key ? t.Fill(key, [.. Values(outcome.MessageValues, t)]) : null;
            var tone = outcome.MessageKey is { } messageKey ? EscalationCard.ToneOf(messageKey) : CardMessageTone.Neutral;
            var input = new EscalationCardInput(outcome.Concern, outcome.Viewer, outcome.Now, outcome.SlaDueAt, message, outcome.Reporter, outcome.Colleagues, tone, zone);
            // Someone who has just declared a conflict is an outsider now: their card shows nothing, and no refresh.
            var refresh = outcome.Viewer.IsOutsider ? [] : outcome.Concern.Assignees.Select(p => p.AadObjectId!).ToList();
            return CardResponse(cards.Render(input, locale, refresh), locale);
        }
        catch (ConcernStorageUnavailableException)
        {
            return Error(503, "ServiceUnavailable", t["esc.msg.unavailable"]);
        }
    }

    // A value that is a string key is said in the reader's language, a time ("at", round-trip form) in their zone and
    // format, and a tier ("B2") also as its level in plain words.
    private static IEnumerable<(string, string)> Values(IReadOnlyList<(string Name, string Value)> values, EscalationTexts t)
    {
        foreach (var (name, value) in values)
        {
            if (name == "at" && DateTimeOffset.TryParseExact(value, "O", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
                yield return (name, t.Format.DateTime(at));
            else
                yield return (name, value.StartsWith("esc.", StringComparison.Ordinal) ? t[value] : value);
            if (name == "tier" && Enum.TryParse<EscalationTier>(value, out var tier) && Enum.IsDefined(tier))
                yield return ("level", t.Level(tier));
        }
    }

    // The card goes back in the HTTP answer, not through the connector, so it is laid out for its language here.
    private static InvokeResponse CardResponse(JsonObject card, string? locale) => new(200, JsonSerializer.SerializeToElement(
        new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = SupportedLanguages.IsRightToLeft(locale) ? RightToLeft.Card(card) : card },
        CardJson.Default.JsonObject));

    // The HTTP answer is 200 either way: Teams reads the status inside the body and shows the message.
    private static InvokeResponse Error(int status, string code, string message) => new(200, JsonSerializer.SerializeToElement(
        new InvokeErrorBody(status, "application/vnd.microsoft.error", new InvokeError(code, message)), ProtocolJson.Default.InvokeErrorBody));
}
