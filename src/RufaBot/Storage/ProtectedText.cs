using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RufaBot.Storage;

/// <summary>Stores a string encrypted; the entity sees clear text. Encryption is not deterministic, so never query by it.</summary>
internal sealed class ProtectedText(IDataProtector protector)
    : ValueConverter<string, string>(text => protector.Protect(text), stored => protector.Unprotect(stored));
