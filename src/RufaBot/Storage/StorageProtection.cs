using Microsoft.AspNetCore.DataProtection;

namespace RufaBot.Storage;

/// <summary>
/// The Data Protection key ring of stored data, RufaBot's own (application name <c>RufaBot</c>, so keys stay valid
/// when the app moves folder), apart from anything else in the host. One purpose per column, so a value copied into
/// another column does not decrypt there.
/// </summary>
internal sealed class StorageProtection(IDataProtectionProvider provider)
{
    public IDataProtector For(string column) => provider.CreateProtector("RufaBot.Storage", column);

    public static StorageProtection Create(StorageLocation location) => location.KeyRingFolder is { } folder
        ? new(DataProtectionProvider.Create(new DirectoryInfo(DataFolder.Ensure(folder)), builder => builder.SetApplicationName("RufaBot")))
        : new(new EphemeralDataProtectionProvider());
}
