using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RufaBot.Concerns;
using RufaBot.Concerns.Files;

namespace RufaBot.Storage;

/// <summary>
/// Table <c>ConcernFiles</c>: the reporter's files, their content encrypted with the storage key ring, deleted with
/// their concern (cascade) and by retention's purge. The name is the neutral one <see cref="ConcernFile"/> made.
/// </summary>
internal sealed class ConcernFileConfiguration(StorageProtection protection) : IEntityTypeConfiguration<ConcernFile>
{
    public void Configure(EntityTypeBuilder<ConcernFile> f)
    {
        f.ToTable("ConcernFiles");
        f.HasKey(x => x.Id);
        f.Property(x => x.Id).ValueGeneratedNever();
        f.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        f.HasIndex(x => new { x.ConcernId, x.Number }).IsUnique();
        f.Property(x => x.Name).HasMaxLength(32);
        f.Property(x => x.ContentType).HasMaxLength(64);
        f.Property(x => x.CreatedAt).HasConversion(new UtcTicks());
        // A file's bytes are written once and never changed in place: comparing the array itself is enough, and spares
        // EF hashing megabytes on every save.
        f.Property(x => x.Content).HasConversion(new ProtectedBytes(protection.For("ConcernFile.Content")),
            new ValueComparer<byte[]>((a, b) => ReferenceEquals(a, b), v => RuntimeHelpers.GetHashCode(v), v => v));
    }
}

/// <summary>Stores bytes encrypted (authenticated: a changed byte fails to read rather than reading wrong).</summary>
internal sealed class ProtectedBytes(IDataProtector protector)
    : ValueConverter<byte[], byte[]>(content => protector.Protect(content), stored => protector.Unprotect(stored));
