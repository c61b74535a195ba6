using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RufaBot.Storage;

/// <summary>Stores a small value as encrypted JSON.</summary>
internal sealed class ProtectedJson<T>(IDataProtector protector, JsonTypeInfo<T> type)
    : ValueConverter<T, string>(value => Protect(protector, type, value), stored => Unprotect(protector, type, stored))
{
    private static string Protect(IDataProtector protector, JsonTypeInfo<T> type, T value) =>
        protector.Protect(JsonSerializer.Serialize(value, type));

    private static T Unprotect(IDataProtector protector, JsonTypeInfo<T> type, string stored) =>
        JsonSerializer.Deserialize(protector.Unprotect(stored), type)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");
}

/// <summary>Stores a string encrypted; the entity sees clear text. Encryption is not deterministic, so never query by it.</summary>
internal sealed class ProtectedText(IDataProtector protector)
    : ValueConverter<string, string>(text => protector.Protect(text), stored => protector.Unprotect(stored));
