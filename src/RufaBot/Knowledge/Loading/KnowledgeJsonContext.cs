using System.Text.Json;
using System.Text.Json.Serialization;

namespace RufaBot.Knowledge.Loading;

/// <summary>Source-generated JSON for the content files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ContentFile))]
[JsonSerializable(typeof(TranslationFile))]
[JsonSerializable(typeof(RufaBot.Knowledge.Seeds.SeedsFile))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
