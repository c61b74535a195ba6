using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using RufaBot.Concerns;
using RufaBot.Concerns.Files;
using RufaBot.Concerns.Reporters;
using RufaBot.Concerns.Retention;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Escalation.Registration;
using RufaBot.Escalation.Sla;

namespace RufaBot.Storage;

/// <summary>
/// RufaBot's database. Inject it (scoped) or <c>IDbContextFactory&lt;RufaDbContext&gt;</c>; the provider-specific
/// subclasses exist only so each provider has its own migrations (Migrations/Sqlite, Migrations/PostgreSQL).
/// </summary>
internal abstract class RufaDbContext(DbContextOptions options, StorageProtection protection) : DbContext(options)
{
    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<ConcernEvent> ConcernEvents => Set<ConcernEvent>();

    /// <summary>Reporters' files, encrypted; see <see cref="ConcernFile"/>.</summary>
    public DbSet<ConcernFile> ConcernFiles => Set<ConcernFile>();

    /// <summary>Reporter identities. Only <see cref="ConcernService"/> reads it, through its audited methods.</summary>
    public DbSet<ReporterLink> ReporterLinks => Set<ReporterLink>();

    public DbSet<InductionCompletionRecord> InductionCompletions => Set<InductionCompletionRecord>();

    public DbSet<AnswerFeedbackRecord> AnswerFeedback => Set<AnswerFeedbackRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<FocalPointRegistration> FocalPointRegistrations => Set<FocalPointRegistration>();

    public DbSet<ReachAddress> ReachAddresses => Set<ReachAddress>();

    public DbSet<SlaTimer> SlaTimers => Set<SlaTimer>();

    /// <summary>The model captures the key ring in its converters, so models are cached per key ring.</summary>
    public StorageProtection Protection => protection;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ProtectedModelCacheKeyFactory>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ConcernConfiguration(protection));
        modelBuilder.ApplyConfiguration(new ConcernEscalationConfiguration(protection));
        modelBuilder.ApplyConfiguration(new ConcernRetentionConfiguration());
        modelBuilder.ApplyConfiguration(new ConcernEventConfiguration(protection));
        modelBuilder.ApplyConfiguration(new ConcernFileConfiguration(protection));
        modelBuilder.ApplyConfiguration(new ReporterLinkConfiguration(protection));
        modelBuilder.ApplyConfiguration(new InductionCompletionConfiguration());
        modelBuilder.ApplyConfiguration(new AnswerFeedbackConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration(protection));
        modelBuilder.ApplyConfiguration(new FocalPointRegistrationConfiguration());
        modelBuilder.ApplyConfiguration(new ReachAddressConfiguration());
        modelBuilder.ApplyConfiguration(new SlaTimerConfiguration());
        var earlyWarning = new EarlyWarningConfiguration();
        modelBuilder.ApplyConfiguration<EarlyWarning.Relations.ConcernRelation>(earlyWarning);
        modelBuilder.ApplyConfiguration<EarlyWarning.Relations.RelationCheck>(earlyWarning);
        modelBuilder.ApplyConfiguration<EarlyWarning.Patterns.PatternAlert>(earlyWarning);
        modelBuilder.ApplyConfiguration<EarlyWarning.CheckIns.CheckInState>(earlyWarning);
        modelBuilder.ApplyConfiguration<EarlyWarning.Brief.BriefSent>(earlyWarning);
    }
}

/// <summary>SQLite: its own type only so its migrations (Migrations/Sqlite) are told apart from PostgreSQL's.</summary>
internal sealed class SqliteRufaDbContext(DbContextOptions<SqliteRufaDbContext> options, StorageProtection protection)
    : RufaDbContext(options, protection);

/// <summary>PostgreSQL: its own type only so its migrations (Migrations/PostgreSQL) are told apart from SQLite's.</summary>
internal sealed class PostgresRufaDbContext(DbContextOptions<PostgresRufaDbContext> options, StorageProtection protection)
    : RufaDbContext(options, protection);
