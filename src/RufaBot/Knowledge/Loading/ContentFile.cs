using System.Text.Json.Serialization;

namespace RufaBot.Knowledge.Loading;

/// <summary>The shape of a shipped content file: one source document and its entries.</summary>
internal sealed record ContentFile(ContentDocument? Document, List<ContentEntry>? Entries);

/// <summary>A source document; <see cref="Guidance"/> marks RufaBot's own process (our proposal, not UN policy).</summary>
internal sealed record ContentDocument(string? Code, string? Name, string? Date, string? Source, bool Guidance);

/// <summary>One entry as written in a content file.</summary>
internal sealed record ContentEntry(
    string? Id,
    string? Ref,
    string? Item,
    string? Title,
    string? Body,
    List<string>? Tags,
    List<string>? Audience,
    string? TitleFr,
    string? BodyFr,
    List<string>? TagsFr);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ContentFile))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
