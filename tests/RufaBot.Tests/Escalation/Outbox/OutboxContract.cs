using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using BotProtocol;
using RufaBot.Storage;
using RufaBot.Tests.Escalation.Routing;
using RufaBot.Tests.Infrastructure;
using RufaBot.Testing;

namespace RufaBot.Tests.Escalation.Outbox;

/// <summary>
/// What the outbox guarantees, on SQLite (a file, as after a restart) and on a real PostgreSQL server: messages
/// written with a state change reach their recipients exactly once, in order per recipient, whatever the Connector does.
/// </summary>
public abstract partial class OutboxContract : IAsyncLifetime
{
    private protected const string Tenant = "72f988bf-0000-4000-8000-000000000001";
    private readonly string _folder = Directory.CreateTempSubdirectory("rufa-outbox-").FullName;
    private readonly List<RufaBotApp> _apps = [];

    private protected FakeConnector Connector { get; private set; } = null!;

    /// <summary>Provider and connection string of a database of its own for one test.</summary>
    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings(string folder);

    public async Task InitializeAsync() => Connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
            await app.DisposeAsync();
        await Connector.DisposeAsync();
        await AfterTestAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    protected virtual Task AfterTestAsync() => Task.CompletedTask;

    private protected RufaBotApp StartApp(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(DatabaseSettings(_folder))
        {
            ["Storage:KeyRingFolder"] = Path.Combine(_folder, "keys"),
            ["Administration:AdminAadObjectIds:0"] = RoutingFixture.Admin,
            ["Escalation:Outbox:InitialBackoff"] = "00:00:00.010",
            ["Escalation:Outbox:MaxBackoff"] = "00:00:00.100",
            ["Escalation:Outbox:PollInterval"] = "00:00:00.200",
            ["Escalation:Sla:Enabled"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var app = new RufaBotApp(settings);
        _ = app.Address;
        _apps.Add(app);
        return app;
    }

    private protected static async Task StopAsync(RufaBotApp app) => await app.DisposeAsync();

    private protected static RufaDbContext Db(RufaBotApp app) => app.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();

    private protected async Task EnqueueAsync(RufaBotApp app, params OutboxMessage[] messages)
    {
        await using var db = Db(app);
        foreach (var message in messages)
            db.Enqueue(message);
        await db.SaveChangesAsync();
    }

    private protected OutboxMessage ToChannel(string conversation, string text, string? copyKey = null) =>
        OutboxWrites.SendToConversation(Connector.ServiceUrl.ToString(), conversation, Tenant, Replies.Text(text), "test", null, DateTimeOffset.UtcNow, copyKey);

    private protected static async Task<List<OutboxMessage>> WaitUntilAsync(RufaBotApp app, Func<List<OutboxMessage>, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using var db = Db(app);
            var rows = await db.OutboxMessages.AsNoTracking().ToListAsync();
            if (done(rows))
                return rows;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Outbox did not settle: {rows.Count(r => r.DeliveredAt is null)} of {rows.Count} undelivered, last failures {string.Join(", ", rows.Select(r => r.LastFailure).Distinct())}.");
            await Task.Delay(50);
        }
    }

    private protected static Task<List<OutboxMessage>> WaitDeliveredAsync(RufaBotApp app, int count, int seconds = 30) =>
        WaitUntilAsync(app, rows => rows.Count(r => r.DeliveredAt is not null) >= count, seconds);

    private protected static Task RecordChatAsync(RufaBotApp app, string aad, string serviceUrl, string conversation, string tenant = Tenant) =>
        app.Services.GetRequiredService<ReachDirectory>().RecordAsync(new ReachAddress
        {
            Key = ReachAddress.PersonKey(aad), AadObjectId = aad, ServiceUrl = serviceUrl, ConversationId = conversation,
            TenantId = tenant, ConversationType = "personal", UpdatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
}
