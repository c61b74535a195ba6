using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotProtocol;

/// <summary>Source-generated JSON for the protocol types: camelCase out, case-insensitive in, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(InvokeErrorBody))]
public sealed partial class ProtocolJson : JsonSerializerContext;
