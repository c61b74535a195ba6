using System.Text.Json.Serialization;
using RufaBot.Dialogs.State;

namespace RufaBot.Dialogs;

// Source-generated serialisation of the persisted state, for the host's cache.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(FlowState))]
public sealed partial class DialogsJson : JsonSerializerContext;
