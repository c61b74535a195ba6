using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RufaBot.Escalation.Registration;

namespace RufaBot.Storage;

/// <summary>Table <c>FocalPointRegistrations</c>: routes registered from chat; one row per route and person (or channel).</summary>
internal sealed class FocalPointRegistrationConfiguration : IEntityTypeConfiguration<FocalPointRegistration>
{
    public void Configure(EntityTypeBuilder<FocalPointRegistration> r)
    {
        r.ToTable("FocalPointRegistrations");
        r.HasKey(x => x.Id);
        r.Property(x => x.Id).ValueGeneratedNever();
        r.Property(x => x.Tier).HasConversion<string>().HasMaxLength(8);
        r.Property(x => x.Scope).HasConversion<string>().HasMaxLength(32);
        r.Property(x => x.ScopeKey).HasMaxLength(64);
        r.Property(x => x.AadObjectId).HasMaxLength(64);
        r.HasIndex(x => new { x.Tier, x.Scope, x.ScopeKey, x.AadObjectId }).IsUnique();
        r.Property(x => x.DisplayName).HasMaxLength(200);
        r.Property(x => x.ServiceUrl).HasMaxLength(400);
        r.Property(x => x.ConversationId).HasMaxLength(400);
        r.Property(x => x.TenantId).HasMaxLength(64);
        r.Property(x => x.RegisteredBy).HasMaxLength(64);
        r.Property(x => x.RegisteredAt).HasConversion(new UtcTicks());
        r.Ignore(x => x.IsChannel);
    }
}
