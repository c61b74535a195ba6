using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RufaBot.Storage;

/// <summary>Table <c>AnswerFeedback</c>, keyed by answer and voter so a user has one vote per answer.</summary>
internal sealed class AnswerFeedbackConfiguration : IEntityTypeConfiguration<AnswerFeedbackRecord>
{
    public void Configure(EntityTypeBuilder<AnswerFeedbackRecord> vote)
    {
        vote.ToTable("AnswerFeedback");
        vote.HasKey(v => new { v.AnswerId, v.UserKey });
        vote.Property(v => v.AnswerId).HasMaxLength(32);
        vote.Property(v => v.UserKey).HasMaxLength(64);
    }
}
