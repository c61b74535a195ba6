using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;

namespace RufaBot.Storage;

/// <summary>
/// Table <c>ReporterLinks</c>, one row per concern, keyed and cascaded by the concern id but with no navigation either
/// way: a query that starts from concerns cannot include it by accident.
/// </summary>
internal sealed class ReporterLinkConfiguration(StorageProtection protection) : IEntityTypeConfiguration<ReporterLink>
{
    public void Configure(EntityTypeBuilder<ReporterLink> link)
    {
        link.ToTable("ReporterLinks");
        link.HasKey(l => l.ConcernId);
        link.HasOne<Concern>().WithOne().HasForeignKey<ReporterLink>(l => l.ConcernId).OnDelete(DeleteBehavior.Cascade);
        link.Property(l => l.ReporterKey).HasMaxLength(64);
        link.HasIndex(l => l.ReporterKey);
        link.Property(l => l.DisplayName).HasConversion((ValueConverter)new ProtectedText(protection.For("ReporterLink.DisplayName")));
        link.Property(l => l.AadObjectId).HasConversion((ValueConverter)new ProtectedText(protection.For("ReporterLink.AadObjectId")));
        link.Property(l => l.DutyStation).HasConversion((ValueConverter)new ProtectedText(protection.For("ReporterLink.DutyStation")));
        link.Property(l => l.Attachments).HasConversion(
            new ProtectedJson<IReadOnlyList<AttachmentRecord>>(protection.For("ReporterLink.Attachments"), StorageJson.Default.IReadOnlyListAttachmentRecord),
            ListComparer<AttachmentRecord>.Instance);
        link.Property(l => l.Conversation).HasConversion((ValueConverter)
            new ProtectedJson<ReporterConversation>(protection.For("ReporterLink.Conversation"), StorageJson.Default.ReporterConversation));
    }
}
