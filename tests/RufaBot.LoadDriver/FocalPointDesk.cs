using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace RufaBot.LoadDriver;

/// <summary>
/// The focal points at work: each escalation card that reaches their chat is acknowledged from the card (an
/// <c>adaptiveCard/action</c> invoke, as Teams sends it), and a share of them then escalated from the refreshed card.
/// Every invoke must answer 200 with a refreshed Adaptive Card.
/// </summary>
internal sealed class FocalPointDesk(BotClient bot, ConnectorStub connector, TurnLog log, RunCounters counters, double escalateFraction)
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private long _lastCardTimestamp = Stopwatch.GetTimestamp();
    private int _busy, _turn;

    /// <summary>No card is being handled and none arrived for <paramref name="quiet"/>.</summary>
    public bool IsIdle(TimeSpan quiet) =>
        Volatile.Read(ref _busy) == 0 && connector.Cards.Reader.Count == 0
        && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastCardTimestamp)) > quiet;

    /// <summary>Starts the quiet period afresh: cards of the concerns submitted last may still be on their way.</summary>
    public void ExpectMoreCards() => Interlocked.Exchange(ref _lastCardTimestamp, Stopwatch.GetTimestamp());

    public Task RunAsync(int workers) => Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync()));

    private async Task WorkAsync()
    {
        await foreach (var delivered in connector.Cards.Reader.ReadAllAsync())
        {
            Interlocked.Exchange(ref _lastCardTimestamp, Stopwatch.GetTimestamp());
            Interlocked.Increment(ref _busy);
            try
            {
                await HandleAsync(delivered);
            }
            finally
            {
                Interlocked.Decrement(ref _busy);
                Interlocked.Exchange(ref _lastCardTimestamp, Stopwatch.GetTimestamp());
            }
        }
    }

    private async Task HandleAsync(EscalationCard delivered)
    {
        var data = Data(delivered.Card);
        var key = $"{delivered.Person.Tier}|{data["concern"]}|{data["version"]}";
        if (!Verbs(delivered.Card).Contains("acknowledge") || !_seen.TryAdd(key, 0))
        {
            counters.CardSkipped();
            return;
        }
        var acknowledged = await InvokeAsync(delivered, "acknowledge", data);
        if (acknowledged is null)
            return;
        counters.AcknowledgedOne();
        if (Random.Shared.NextDouble() >= escalateFraction || !Verbs(acknowledged).Contains("escalate"))
            return;
        var escalate = Data(acknowledged);
        escalate["escalateReason"] = "Load test: the situation needs the next tier.";
        if (await InvokeAsync(delivered, "escalate", escalate) is not null)
            counters.EscalatedOne();
    }

    private async Task<JsonObject?> InvokeAsync(EscalationCard delivered, string verb, JsonObject data)
    {
        var person = delivered.Person;
        var activity = Activities.CardAction(connector.ServiceUrl, delivered.ConversationId, person.AadObjectId, person.Name, verb, data);
        var start = Stopwatch.GetTimestamp();
        connector.Deliveries.Acted(delivered.Card.ToJsonString(), start);
        try
        {
            var (status, body) = await bot.PostAsync(activity, Interlocked.Increment(ref _turn));
            var answer = body.Length > 0 ? JsonNode.Parse(body) : null;
            if (status != 200 || (int?)answer?["statusCode"] != 200
                || (string?)answer?["type"] != "application/vnd.microsoft.card.adaptive" || answer?["value"] is not JsonObject card
                || (string?)card["type"] != "AdaptiveCard")
            {
                log.Error($"invoke {verb}: HTTP {status}, body {(body.Length > 160 ? body[..160] + "…" : body)}");
                return null;
            }
            log.Turn(TurnKind.Invoke, "invoke " + verb, start);
            return card;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            log.Error($"invoke {verb}: {e.GetType().Name} {e.Message}");
            return null;
        }
    }

    // Every action of an escalation card carries the same data: the concern id and the card's version.
    private static JsonObject Data(JsonObject card) => card["refresh"]!["action"]!["data"]!.DeepClone().AsObject();

    private static HashSet<string> Verbs(JsonNode? node)
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        Collect(node, verbs);
        return verbs;
    }

    private static void Collect(JsonNode? node, HashSet<string> verbs)
    {
        switch (node)
        {
            case JsonObject o:
                if ((string?)o["type"] == "Action.Execute" && o["verb"] is JsonValue v && v.TryGetValue<string>(out var verb))
                    verbs.Add(verb);
                foreach (var (_, child) in o)
                    Collect(child, verbs);
                break;
            case JsonArray a:
                foreach (var child in a)
                    Collect(child, verbs);
                break;
        }
    }
}
