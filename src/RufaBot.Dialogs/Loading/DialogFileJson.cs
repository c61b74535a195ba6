using System.Text.Json.Serialization;

namespace RufaBot.Dialogs.Loading;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DialogFile))]
internal sealed partial class DialogFileJson : JsonSerializerContext;
