namespace RufaBot.Knowledge.Loading;

/// <summary>The shape of a shipped content file: one source document and its entries.</summary>
internal sealed record ContentFile(ContentDocument? Document, List<ContentEntry>? Entries);
