using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RufaBot.Storage;

namespace RufaBot.Concerns.Retention;

/// <summary>The retention columns of table <c>Concerns</c>: close and purge times as UTC ticks, so both providers compare them.</summary>
internal sealed class ConcernRetentionConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> concern)
    {
        concern.Property(c => c.ClosedAt).HasConversion(new UtcTicks());
        concern.Property(c => c.PurgedAt).HasConversion(new UtcTicks());
        concern.HasIndex(c => new { c.PurgedAt, c.ClosedAt });
    }
}
