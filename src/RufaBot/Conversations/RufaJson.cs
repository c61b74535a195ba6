using System.Text.Json.Serialization;

namespace RufaBot.Conversations;

/// <summary>Source-generated JSON for RufaBot's own stored types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class RufaJson : JsonSerializerContext;
