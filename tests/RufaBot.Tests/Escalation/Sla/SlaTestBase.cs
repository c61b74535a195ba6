using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Sla;
using RufaBot.Storage;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Escalation.Routing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Sla;

/// <summary>
/// The real host with a fake clock for SLA tests: a concern submitted through the real service, the timer rounds
/// driven by hand so each step can be observed, the outbox left undelivered so its messages can be read.
/// </summary>
public abstract class SlaTestBase : IAsyncLifetime
{
    // A Wednesday morning, so the business-day deadlines of this test do not cross a weekend.
    private protected static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private protected readonly FakeTimeProvider Clock = new(Start);
    private RufaBotApp _app = null!;

    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings();

    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected virtual Task AfterTestAsync() => Task.CompletedTask;

    public Task InitializeAsync()
    {
        var settings = RoutingFixture.Settings();
        foreach (var (key, value) in DatabaseSettings().Concat(ExtraSettings))
            settings[key] = value;
        settings["Escalation:Sla:Enabled"] = "false";
        settings["Escalation:Outbox:Enabled"] = "false";
        _app = new RufaBotApp(settings, services => services.AddSingleton<TimeProvider>(Clock));
        _ = _app.Address;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await AfterTestAsync();
    }

    private protected RufaDbContext Db() => _app.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();

    private protected IServiceProvider Services => _app.Services;

    private protected SlaDeadlines Deadlines => _app.Services.GetRequiredService<SlaDeadlines>();

    private protected SlaTimerService Timers => _app.Services.GetRequiredService<SlaTimerService>();

    private protected async Task<Concern> SubmitAsync()
    {
        var reporter = new ReporterInfo("0c0c0c0c-0000-4000-8000-00000000beef", "Amina Diallo", new ReporterConversation("https://smba.example/", "a:reporter-chat", "tenant"));
        var reference = await _app.Services.GetRequiredService<ConcernService>().SubmitAsync(
            ConcernIntake(), reporter, "rufa:conv:reporter:raise-concern:1", CancellationToken.None);
        return await LoadAsync(reference);
    }

    private static RufaBot.Concerns.Intake.ConcernIntake ConcernIntake() => RufaBot.Concerns.Intake.ConcernIntake.From(IntakeAnswers.Full());

    private protected async Task<Concern> LoadAsync(string reference)
    {
        await using var db = Db();
        return await db.Concerns.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Reference == reference);
    }

    /// <summary>Moves the clock and runs one timer round; returns the SLA messages enqueued by it.</summary>
    private protected async Task<List<OutboxMessage>> RoundAtAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        await using var before = Db();
        var known = await before.OutboxMessages.Select(m => m.Id).ToListAsync();
        await Timers.RunOnceAsync(CancellationToken.None);
        await using var db = Db();
        var all = await db.OutboxMessages.AsNoTracking().Where(m => m.Purpose == SlaStepper.Purpose).ToListAsync();
        return [.. all.Where(m => !known.Contains(m.Id)).OrderBy(m => m.Sequence)];
    }

    private protected async Task<List<ConcernEventKind>> SlaEventsAsync(string reference) =>
        [.. (await LoadAsync(reference)).Events.Where(e => e.Kind.ToString().StartsWith("Sla", StringComparison.Ordinal)).OrderBy(e => e.Id).Select(e => e.Kind)];

    private protected static IEnumerable<string> Recipients(IEnumerable<OutboxMessage> messages) => messages.Select(m => m.Recipient.AadObjectId ?? m.Recipient.ConversationId!);
}
