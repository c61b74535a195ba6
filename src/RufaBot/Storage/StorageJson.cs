using System.Text.Json;
using System.Text.Json.Serialization;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;

namespace RufaBot.Storage;

/// <summary>JSON of the small values stored encrypted in one column.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<AttachmentRecord>))]
[JsonSerializable(typeof(IReadOnlyList<AttachmentSummary>))]
[JsonSerializable(typeof(ReporterConversation))]
internal sealed partial class StorageJson : JsonSerializerContext;
