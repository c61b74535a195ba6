using System.Text.Json.Serialization;

namespace RufaBot.Diagnostics;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CountersSnapshot))]
internal sealed partial class DiagnosticsJson : JsonSerializerContext;
