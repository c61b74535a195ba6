using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RufaBot.Cards;

/// <summary>Source-generated JSON for card nodes.</summary>
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class CardJson : JsonSerializerContext;
