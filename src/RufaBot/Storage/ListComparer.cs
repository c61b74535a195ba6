using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace RufaBot.Storage;

/// <summary>Compares lists of records by their items, so EF sees no change where there is none.</summary>
internal static class ListComparer<T>
{
    public static ValueComparer<IReadOnlyList<T>> Instance { get; } = new(
        (a, b) => a!.SequenceEqual(b!),
        values => values.Aggregate(0, (hash, v) => HashCode.Combine(hash, v)),
        values => values.ToList());
}
