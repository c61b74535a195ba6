using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RufaBot.Storage;

/// <summary>Table <c>InductionCompletions</c>: one row per completed induction, unique per user and draft.</summary>
internal sealed class InductionCompletionConfiguration : IEntityTypeConfiguration<InductionCompletionRecord>
{
    public const int MaxEntityLength = 60;

    public void Configure(EntityTypeBuilder<InductionCompletionRecord> completion)
    {
        completion.ToTable("InductionCompletions");
        completion.HasKey(c => c.Id);
        completion.Property(c => c.UserId).HasMaxLength(128);
        completion.Property(c => c.DisplayName).HasMaxLength(256);
        completion.Property(c => c.Entity).HasMaxLength(MaxEntityLength);
        completion.Property(c => c.EntityKey).HasMaxLength(MaxEntityLength);
        completion.Property(c => c.DraftKey).HasMaxLength(64);
        completion.HasIndex(c => new { c.UserId, c.DraftKey }).IsUnique();
        completion.HasIndex(c => c.EntityKey);
    }
}
