using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;

namespace RufaBot.Storage;

/// <summary>
/// Table <c>Concerns</c>: enums as their names, multi-selects as comma lists, free text and attachments encrypted.
/// <see cref="Concern.Version"/> is the concurrency token, kept by the domain, so it works the same on both providers.
/// </summary>
internal sealed class ConcernConfiguration(StorageProtection protection) : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> concern)
    {
        concern.ToTable("Concerns");
        concern.HasKey(c => c.Id);
        concern.Property(c => c.Id).ValueGeneratedNever();
        concern.Property(c => c.Reference).HasMaxLength(ConcernReference.Length);
        concern.HasIndex(c => c.Reference).IsUnique();
        concern.Property(c => c.SubmissionKey).HasMaxLength(64);
        concern.HasIndex(c => c.SubmissionKey).IsUnique();
        concern.Property(c => c.Version).IsConcurrencyToken();
        concern.HasIndex(c => c.Status);

        Name(concern.Property(c => c.Status));
        Name(concern.Property(c => c.Tier));
        Name(concern.Property(c => c.Severity));
        Name(concern.Property(c => c.Confidence));
        Name(concern.Property(c => c.Danger));
        Name(concern.Property(c => c.SituationStatus));
        Name(concern.Property(c => c.AffectedCount));
        Name(concern.Property(c => c.Perpetrators));
        Name(concern.Property(c => c.Source));
        Name(concern.Property(c => c.SourceConsent));
        Name(concern.Property(c => c.Corroboration));
        Name(concern.Property(c => c.SourcesAtRisk));
        Name(concern.Property(c => c.Consent));

        List(concern.Property(c => c.RiskFactors));
        List(concern.Property(c => c.Categories));
        List(concern.Property(c => c.Groups));
        List(concern.Property(c => c.AlreadyReported));

        concern.Property(c => c.FollowUpSecret).HasMaxLength(128);
        concern.Property(c => c.CountryCode).HasMaxLength(2);
        concern.Property(c => c.Entity).HasMaxLength(32);
        concern.Property(c => c.Language).HasMaxLength(8);
        concern.Property(c => c.ReferredTo).HasMaxLength(200);
        concern.Property(c => c.Description).HasConversion((ValueConverter)new ProtectedText(protection.For("Concern.Description")));
        concern.Property(c => c.Place).HasConversion((ValueConverter)new ProtectedText(protection.For("Concern.Place")));
        concern.Property(c => c.Attachments).HasConversion(
            new ProtectedJson<IReadOnlyList<AttachmentSummary>>(protection.For("Concern.Attachments"), StorageJson.Default.IReadOnlyListAttachmentSummary),
            ListComparer<AttachmentSummary>.Instance);

        concern.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ConcernId).OnDelete(DeleteBehavior.Cascade);
        concern.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void Name<T>(PropertyBuilder<T> property) => property.HasConversion<string>().HasMaxLength(32);

    private static void List<T>(PropertyBuilder<IReadOnlyList<T>> property) where T : struct, Enum =>
        property.HasConversion(new EnumList<T>(), ListComparer<T>.Instance).HasMaxLength(400);
}
