namespace RufaBot.Induction;

/// <summary>How an entity name typed by staff is tidied for storage and folded for lookups.</summary>
internal static class InductionEntity
{
    public static string Tidy(string entity) =>
        string.Join(' ', entity.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string Key(string entity) => Tidy(entity).ToUpperInvariant();
}
