using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RufaBot.Concerns;

namespace RufaBot.Storage;

/// <summary>
/// The escalation side of table <c>Concerns</c> (current routing, a pending two-person close) and its owned tables:
/// <c>ConcernParticipants</c> (who holds the card; Entra id and name encrypted, found by keyed hash) and
/// <c>ConcernDecisions</c> (decision records, reason encrypted).
/// </summary>
internal sealed class ConcernEscalationConfiguration(StorageProtection protection) : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> concern)
    {
        concern.Property(c => c.RoutingKey).HasMaxLength(100);
        concern.Property(c => c.AssignedRole).HasConversion<string>().HasMaxLength(32);
        concern.Property(c => c.CloseRequestedBy).HasMaxLength(64);
        concern.Property(c => c.Implicated).HasConversion<string>().HasMaxLength(32);
        // Computed from the participants and decisions, not stored.
        concern.Ignore(c => c.Assignees);
        concern.Ignore(c => c.Excluded);
        concern.Ignore(c => c.PendingClose);
        concern.Ignore(c => c.NeedsSecondCloser);

        concern.OwnsMany(c => c.Participants, p =>
        {
            p.ToTable("ConcernParticipants");
            p.WithOwner().HasForeignKey("ConcernId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedOnAdd();
            p.Property(x => x.Key).HasMaxLength(140);
            p.HasIndex(x => x.Key);
            p.Property(x => x.Tier).HasConversion<string>().HasMaxLength(32);
            p.Property(x => x.Role).HasConversion<string>().HasMaxLength(32);
            p.Property(x => x.AadObjectId).HasConversion((ValueConverter)new ProtectedText(protection.For("ConcernParticipant.AadObjectId")));
            p.Property(x => x.DisplayName).HasConversion((ValueConverter)new ProtectedText(protection.For("ConcernParticipant.DisplayName")));
            p.Property(x => x.ChannelServiceUrl).HasMaxLength(400);
            p.Property(x => x.ChannelConversationId).HasMaxLength(400);
            p.Property(x => x.ChannelTenantId).HasMaxLength(100);
        });
        concern.Navigation(c => c.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);

        concern.OwnsMany(c => c.Decisions, d =>
        {
            d.ToTable("ConcernDecisions");
            d.WithOwner().HasForeignKey("ConcernId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedOnAdd();
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            d.Property(x => x.Tier).HasConversion<string>().HasMaxLength(32);
            d.Property(x => x.ActorRole).HasConversion<string>().HasMaxLength(32);
            d.Property(x => x.ActorKey).HasMaxLength(64);
            d.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(32);
            d.Property(x => x.Target).HasMaxLength(200);
            d.Property(x => x.Reason).HasConversion((ValueConverter)new ProtectedText(protection.For("DecisionRecord.Reason")));
        });
        concern.Navigation(c => c.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
