using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RufaBot.Concerns;
using RufaBot.EarlyWarning.Brief;
using RufaBot.EarlyWarning.CheckIns;
using RufaBot.EarlyWarning.Patterns;
using RufaBot.EarlyWarning.Relations;

namespace RufaBot.Storage;

/// <summary>
/// Table <c>ConcernRelations</c> (two concern ids, the score and the decision; removed with either concern),
/// <c>RelationChecks</c> (the ids of concerns waiting to be compared; removed with the concern),
/// <c>PatternAlerts</c> (the last alert of each early-warning pattern) and <c>CheckIns</c> (when a reporter was last
/// asked, and whether they turned check-ins off) and <c>BriefsSent</c> (the automatic regional briefs sent). None
/// holds text of a concern.
/// </summary>
internal sealed class EarlyWarningConfiguration : IEntityTypeConfiguration<ConcernRelation>, IEntityTypeConfiguration<RelationCheck>, IEntityTypeConfiguration<PatternAlert>,
    IEntityTypeConfiguration<CheckInState>, IEntityTypeConfiguration<BriefSent>
{
    public void Configure(EntityTypeBuilder<ConcernRelation> r)
    {
        r.ToTable("ConcernRelations");
        r.HasKey(x => new { x.ConcernId, x.RelatedConcernId });
        r.HasIndex(x => x.RelatedConcernId);
        r.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<Concern>().WithMany().HasForeignKey(x => x.RelatedConcernId).OnDelete(DeleteBehavior.Cascade);
        r.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        r.Property(x => x.DecidedBy).HasMaxLength(64);
        r.Property(x => x.DecidedAt).HasConversion(new UtcTicks());
        r.Property(x => x.CreatedAt).HasConversion(new UtcTicks());
    }

    public void Configure(EntityTypeBuilder<RelationCheck> c)
    {
        c.ToTable("RelationChecks");
        c.HasKey(x => x.ConcernId);
        c.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        c.Property(x => x.DueAt).HasConversion(new UtcTicks());
        c.HasIndex(x => x.DueAt);
    }

    public void Configure(EntityTypeBuilder<PatternAlert> a)
    {
        a.ToTable("PatternAlerts");
        a.HasKey(x => x.Key);
        a.Property(x => x.Key).HasMaxLength(80);
        a.Property(x => x.CountryCode).HasMaxLength(2);
        a.HasIndex(x => x.CountryCode);
        a.Property(x => x.Rule).HasConversion<string>().HasMaxLength(32);
        a.Property(x => x.Signature).HasMaxLength(64).IsConcurrencyToken();
        a.Property(x => x.RiskFactors).HasMaxLength(200);
        a.Property(x => x.FirstAlertedAt).HasConversion(new UtcTicks());
        a.Property(x => x.AlertedAt).HasConversion(new UtcTicks());
    }

    public void Configure(EntityTypeBuilder<CheckInState> c)
    {
        c.ToTable("CheckIns");
        c.HasKey(x => x.ConcernId);
        c.HasOne<Concern>().WithOne().HasForeignKey<CheckInState>(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        c.Property(x => x.LastSentAt).HasConversion(new UtcTicks());
        c.Property(x => x.Pending).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<BriefSent> b)
    {
        b.ToTable("BriefsSent");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(120);
        b.Property(x => x.SentAt).HasConversion(new UtcTicks());
    }
}
