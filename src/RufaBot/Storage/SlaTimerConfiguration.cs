using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RufaBot.Concerns;
using RufaBot.Escalation.Sla;

namespace RufaBot.Storage;

/// <summary>Table <c>SlaTimers</c>: one row per open concern, removed with the concern.</summary>
internal sealed class SlaTimerConfiguration : IEntityTypeConfiguration<SlaTimer>
{
    public void Configure(EntityTypeBuilder<SlaTimer> t)
    {
        t.ToTable("SlaTimers");
        t.HasKey(x => x.ConcernId);
        t.HasOne<Concern>().WithOne().HasForeignKey<SlaTimer>(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        t.Property(x => x.Tier).HasConversion<string>().HasMaxLength(8);
        t.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        t.Property(x => x.Milestone).HasConversion<string>().HasMaxLength(32);
        t.Property(x => x.DueAt).HasConversion(new UtcTicks());
        t.Property(x => x.NextStepAt).HasConversion(new UtcTicks());
        t.HasIndex(x => x.NextStepAt);
        t.Property(x => x.LeaseOwner).HasMaxLength(64);
        t.Property(x => x.LeaseUntil).HasConversion(new UtcTicks());
    }
}
