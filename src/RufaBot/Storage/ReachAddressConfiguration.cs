using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RufaBot.Conversations;
using RufaBot.Escalation.Reach;

namespace RufaBot.Storage;

/// <summary>Table <c>ReachAddresses</c>: one conversation reference per person and per channel.</summary>
internal sealed class ReachAddressConfiguration : IEntityTypeConfiguration<ReachAddress>
{
    public void Configure(EntityTypeBuilder<ReachAddress> a)
    {
        a.ToTable("ReachAddresses");
        a.HasKey(x => x.Key);
        a.Property(x => x.Key).HasMaxLength(420);
        a.Property(x => x.AadObjectId).HasMaxLength(64);
        a.Property(x => x.MemberId).HasMaxLength(200);
        a.Property(x => x.ServiceUrl).HasMaxLength(400);
        a.Property(x => x.ConversationId).HasMaxLength(400);
        a.Property(x => x.TenantId).HasMaxLength(64);
        a.HasIndex(x => x.TenantId);
        a.Property(x => x.ConversationType).HasMaxLength(16);
        a.Property(x => x.TeamId).HasMaxLength(400);
        a.HasIndex(x => x.TeamId);
        a.Property(x => x.Locale).HasMaxLength(ClientLocale.MaxLength);
        a.Property(x => x.UpdatedAt).HasConversion(new UtcTicks());
    }
}
