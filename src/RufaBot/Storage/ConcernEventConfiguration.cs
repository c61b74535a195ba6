using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RufaBot.Concerns;

namespace RufaBot.Storage;

/// <summary>Table <c>ConcernEvents</c>: the audit trail, with a store-generated increasing id and an encrypted note.</summary>
internal sealed class ConcernEventConfiguration(StorageProtection protection) : IEntityTypeConfiguration<ConcernEvent>
{
    public void Configure(EntityTypeBuilder<ConcernEvent> e)
    {
        e.ToTable("ConcernEvents");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.HasIndex(x => x.ConcernId);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.ActorRole).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.ActorKey).HasMaxLength(64);
        e.Property(x => x.Note).HasConversion((ValueConverter)new ProtectedText(protection.For("ConcernEvent.Note")));
    }
}
