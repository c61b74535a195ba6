using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Concerns.Retention;
using RufaBot.Escalation;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Sla;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Storage;

namespace RufaBot.Tests.Retention;

/// <summary>
/// What the purge of closed concerns must guarantee, run against SQLite and a real PostgreSQL server. Each test gets a
/// fresh database and hosts started by the real <c>AddConcerns</c> and <c>AddConcernRetention</c>, on a fake clock.
/// </summary>
public abstract partial class RetentionContract : IAsyncLifetime
{
    private protected const string AadId = "5f1c2a9e-83d4-4b7a-9c1e-6a2f0d9b4e17";
    private protected const string Added = "The militia came back on Friday night";
    private protected const string CloseReason = "Referred to the protection cluster, family informed";
    private protected static readonly TimeSpan Year = TimeSpan.FromDays(365);

    private readonly string _contentRoot = Directory.CreateTempSubdirectory("rufa-retention-").FullName;
    private readonly List<ConcernsHost> _hosts = [];
    private IReadOnlyDictionary<string, string?> _settings = null!;

    private protected ConcernsHost Host { get; private set; } = null!;

    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings();

    public async Task InitializeAsync()
    {
        _settings = DatabaseSettings();
        Host = await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        await AfterTestAsync(_settings);
        try
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned eventually.
        }
    }

    protected virtual Task AfterTestAsync(IReadOnlyDictionary<string, string?> settings) => Task.CompletedTask;

    /// <summary>A host on this test's database; the periodic loop is off unless <paramref name="overrides"/> turn it on.</summary>
    private protected async Task<ConcernsHost> StartHostAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(_settings) { ["Concerns:Retention:Enabled"] = "false" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        // Escalation's rows (queued messages, SLA timers) go with a purged concern through the hook escalation registers.
        var host = await ConcernsHost.StartAsync(_contentRoot, settings, services => services.AddConcernRetention().AddSingleton<IConcernPurgeHook, EscalationPurge>());
        _hosts.Add(host);
        return host;
    }

    private protected static RetentionService Retention(ConcernsHost host) => host.Services.GetRequiredService<RetentionService>();

    private protected static ReporterInfo Reporter() =>
        new(AadId, "Amina Diallo-Kaboré", new ReporterConversation("https://smba.trafficmanager.net/emea/", "a:1-conv-amina", "tenant-1"));

    /// <summary>A concern as escalation leaves it: information added, a focal point holding a card, a queued card update, then closed.</summary>
    private protected async Task<Concern> SubmitAsync(string draft = "draft-1", bool close = true)
    {
        var reference = await Host.Concerns.SubmitAsync(ConcernIntake.From(IntakeAnswers.Full("named")), Reporter(), draft, CancellationToken.None);
        await Host.Concerns.AddInformationAsync(reference, AadId, Added, CancellationToken.None);
        var now = Host.Time.GetUtcNow();
        await using var db = Host.NewContext();
        var concern = await db.Concerns.SingleAsync(c => c.Reference == reference);
        var focalPoint = ConcernParticipant.Person(concern.Tier, ConcernRole.EntityFocalPoint, "fp-key", "aad-fp", "Sam Focal", assigned: true);
        concern.Assign(ConcernRole.EntityFocalPoint, "unicef", [focalPoint], null, now);
        db.OutboxMessages.Add(new OutboxMessage
        {
            ConcernId = concern.Id,
            Purpose = "card",
            Recipient = OutboxRecipient.Person("aad-fp"),
            ActivityJson = """{"type":"message","text":"Sam Focal: Kalemie market"}""",
            CreatedAt = now,
            DueAt = now + Year * 3,
            CopyKey = focalPoint.CopyKey(concern.Id),
        });
        db.SlaTimers.Add(new SlaTimer { ConcernId = concern.Id, Tier = concern.Tier, Status = concern.Status, NextStepAt = now + Year * 3 });
        if (close)
            concern.Close(CloseReason, new ConcernActor(ConcernRole.EntityFocalPoint, "fp-key"), now);
        await db.SaveChangesAsync();
        return concern;
    }

    private protected async Task<Concern> LoadAsync(Guid id)
    {
        await using var db = Host.NewContext();
        return await db.Concerns.AsNoTracking().Include(c => c.Events.OrderBy(e => e.Id)).AsSplitQuery().SingleAsync(c => c.Id == id);
    }
}
