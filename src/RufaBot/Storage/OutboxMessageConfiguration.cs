using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RufaBot.Escalation.Outbox;

namespace RufaBot.Storage;

/// <summary>
/// Table <c>OutboxMessages</c>: the activity encrypted, times as UTC ticks, one index for the dispatcher's claim
/// (undelivered, due, in order per recipient).
/// </summary>
internal sealed class OutboxMessageConfiguration(StorageProtection protection) : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> m)
    {
        m.ToTable("OutboxMessages");
        m.HasKey(x => x.Id);
        m.Property(x => x.Id).ValueGeneratedNever();
        m.HasIndex(x => x.ConcernId);
        m.Property(x => x.Purpose).HasMaxLength(64);
        m.OwnsOne(x => x.Recipient, r =>
        {
            r.Property(p => p.AadObjectId).HasColumnName("RecipientAadObjectId").HasMaxLength(64);
            r.Property(p => p.ServiceUrl).HasColumnName("RecipientServiceUrl").HasMaxLength(400);
            r.Property(p => p.ConversationId).HasColumnName("RecipientConversationId").HasMaxLength(400);
            r.Property(p => p.TenantId).HasColumnName("RecipientTenantId").HasMaxLength(64);
            r.Ignore(p => p.Key);
        });
        m.Navigation(x => x.Recipient).IsRequired();
        m.Property(x => x.RecipientKey).HasMaxLength(420);
        m.Property(x => x.CopyKey).HasMaxLength(200);
        m.HasIndex(x => new { x.RecipientKey, x.CopyKey });
        m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        m.Property(x => x.ActivityJson).HasConversion((ValueConverter)new ProtectedText(protection.For("OutboxMessage.ActivityJson")));
        m.Property(x => x.CreatedAt).HasConversion(new UtcTicks());
        m.Property(x => x.DueAt).HasConversion(new UtcTicks());
        m.Property(x => x.DeliveredAt).HasConversion(new UtcTicks());
        m.Property(x => x.LeaseUntil).HasConversion(new UtcTicks());
        m.Property(x => x.DeliveredConversationId).HasMaxLength(400);
        m.Property(x => x.DeliveredActivityId).HasMaxLength(400);
        m.Property(x => x.LastFailure).HasMaxLength(120);
        m.Property(x => x.LeaseOwner).HasMaxLength(64);
        m.HasIndex(x => new { x.DeliveredAt, x.DueAt });
        m.HasIndex(x => new { x.RecipientKey, x.Sequence });
    }
}
