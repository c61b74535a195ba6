using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RufaBot.Escalation.Outbox;

namespace RufaBot.Storage;

/// <summary>
/// Table <c>OutboxMessages</c>: the activity and the recipient's address encrypted, the recipient's ordering key hashed, times as UTC ticks, one index for the dispatcher's claim
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
            r.Property(p => p.AadObjectId).HasColumnName("RecipientAadObjectId").HasConversion((ValueConverter)new ProtectedText(protection.For("OutboxMessage.RecipientAadObjectId")));
            r.Property(p => p.ServiceUrl).HasColumnName("RecipientServiceUrl").HasConversion((ValueConverter)new ProtectedText(protection.For("OutboxMessage.RecipientServiceUrl")));
            r.Property(p => p.ConversationId).HasColumnName("RecipientConversationId").HasConversion((ValueConverter)new ProtectedText(protection.For("OutboxMessage.RecipientConversationId")));
            r.Property(p => p.TenantId).HasColumnName("RecipientTenantId").HasConversion((ValueConverter)new ProtectedText(protection.For("OutboxMessage.RecipientTenantId")));
            r.Ignore(p => p.Key);
        });
        m.Navigation(x => x.Recipient).IsRequired();
        m.Property(x => x.RecipientKey).HasMaxLength(64);
        m.Property(x => x.CopyKey).HasMaxLength(200);
        m.HasIndex(x => new { x.RecipientKey, x.CopyKey });
        m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        m.Property(x => x.ActivityJson).HasConversion((ValueConverter)new ProtectedText(protection.For("OutboxMessage.ActivityJson")));
        m.Property(x => x.CreatedAt).HasConversion(new UtcTicks());
        m.Property(x => x.DueAt).HasConversion(new UtcTicks());
        m.Property(x => x.DeliveredAt).HasConversion(new UtcTicks());
        m.Property(x => x.LeaseUntil).HasConversion(new UtcTicks());
        m.Property(x => x.DeliveredConversationId).HasConversion((ValueConverter)new ProtectedText(protection.For("OutboxMessage.DeliveredConversationId")));
        m.Property(x => x.DeliveredActivityId).HasMaxLength(400);
        m.Property(x => x.LastFailure).HasMaxLength(120);
        m.Property(x => x.LeaseOwner).HasMaxLength(64);
        m.HasIndex(x => new { x.DeliveredAt, x.DueAt });
        // The claim's "is an earlier message of this recipient still waiting?" check: only waiting messages are
        // indexed, so it does not step through every delivered message a busy recipient has ever had.
        m.HasIndex(x => new { x.RecipientKey, x.Sequence }).HasFilter("\"DeliveredAt\" IS NULL").HasDatabaseName("IX_OutboxMessages_Waiting_RecipientKey_Sequence");
    }
}
