using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RufaBot.Storage;

/// <summary>A multi-select answer as one readable column, <c>Killings,Torture</c>, the same on SQLite and PostgreSQL.</summary>
internal sealed class EnumList<T>() : ValueConverter<IReadOnlyList<T>, string>(
    values => string.Join(',', values),
    stored => Parse(stored))
    where T : struct, Enum
{
    private static IReadOnlyList<T> Parse(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<T>)];
}
