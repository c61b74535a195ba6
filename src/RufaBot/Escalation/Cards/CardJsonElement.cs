using System.Text.Json;
using System.Text.Json.Nodes;
using RufaBot.Cards;

namespace RufaBot.Escalation.Cards;

/// <summary>A built card as the <see cref="JsonElement"/> activities and invoke responses carry.</summary>
internal static class CardJsonElement
{
    public static JsonElement Of(JsonObject card) => JsonSerializer.SerializeToElement(card, CardJson.Default.JsonObject);
}
