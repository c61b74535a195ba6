using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.MyConcerns;

namespace RufaBot.Tests.ScaleOut;

/// <summary>
/// Real RufaBot.dll processes sharing one Redis (conversation state, turn locks, de-duplication) and one PostgreSQL
/// database (concerns, outbox, SLA timers), with escalation routed to named focal points whose chats with RufaBot are
/// known, and short outbox and SLA polls. Started one after the other, as a rolling deployment would, so the first
/// migrates the database and writes the key ring the others read.
/// </summary>
internal sealed class BotCluster : IAsyncDisposable
{
    // Entra object ids are GUIDs (routing validates them); the last digits say who is who.
    public const string FocalPoint = "00000000-0000-0000-0000-0000000000f1", Backup = "00000000-0000-0000-0000-0000000000f3",
        Adviser = "00000000-0000-0000-0000-0000000000b2", Regional = "00000000-0000-0000-0000-0000000000b3",
        Hq = "00000000-0000-0000-0000-0000000000b4", Security = "00000000-0000-0000-0000-0000000000b0";

    private readonly string _work = Directory.CreateTempSubdirectory("rufa-cluster-").FullName;
    private readonly List<RufaBotProcess> _bots = [];
    private readonly List<HttpClient> _clients = [];

    private BotCluster(string database) => Database = database;

    /// <summary>The Npgsql connection string of the cluster's database.</summary>
    public string Database { get; }

    /// <summary>One client per instance, in start order.</summary>
    public IReadOnlyList<HttpClient> Bots => _clients;

    public static async Task<BotCluster> StartAsync(int instances, RedisServer redis, PostgresServer postgres, Uri serviceUrl,
        IReadOnlyDictionary<string, string>? overrides = null)
    {
        var cluster = new BotCluster(postgres.ConnectionStringFor($"rufa_{Guid.NewGuid():N}") + ";Maximum Pool Size=30");
        var settings = cluster.Settings(redis);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
            settings[key] = value;
        for (var i = 0; i < instances; i++)
        {
            var bot = new RufaBotProcess(LoopbackPorts.Unused(), cluster._work, settings);
            cluster._bots.Add(bot);
            await bot.StartAsync();
            cluster._clients.Add(new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(60) });
        }
        await cluster.InstallForFocalPointsAsync(serviceUrl);
        return cluster;
    }

    private Dictionary<string, string> Settings(RedisServer redis)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["ConnectionStrings:Concerns"] = Database,
            ["Storage:KeyRingFolder"] = Path.Combine(_work, "keys"),
            ["Concerns:ReporterKeySecret"] = "cluster-test-reporter-key-0123456789abcdef",
            ["Escalation:Outbox:PollInterval"] = "00:00:00.200",
            ["Escalation:Outbox:InitialBackoff"] = "00:00:00.050",
            ["Escalation:Outbox:MaxBackoff"] = "00:00:00.500",
            // Long enough that a delivery slowed by a loaded machine is not claimed again by the other instance.
            ["Escalation:Outbox:LeaseDuration"] = "00:00:30",
            ["Escalation:Sla:PollInterval"] = "00:00:00.200",
            ["Escalation:Sla:LeaseDuration"] = "00:00:30",
            ["Escalation:Sla:Reminders"] = "1",
            ["Escalation:Sla:StepInterval"] = "01:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (tier, person) in new[] { ("B0", Security), ("B1", FocalPoint), ("B2", Adviser), ("B3", Regional), ("B4", Hq) })
        {
            settings[$"Escalation:Routing:Tiers:{tier}:Default:FocalPoints:0:AadObjectId"] = person;
            settings[$"Escalation:Routing:Tiers:{tier}:Default:FocalPoints:0:DisplayName"] = "Person " + tier;
        }
        settings["Escalation:Routing:Tiers:B1:Default:Backup:AadObjectId"] = Backup;
        settings["Escalation:Routing:Tiers:B1:Default:Backup:DisplayName"] = "Backup B1";
        return settings;
    }

    /// <summary>The personal chat RufaBot knows for a person once they installed the app.</summary>
    public static string ChatOf(string aad) => "a:chat-" + aad;

    private async Task InstallForFocalPointsAsync(Uri serviceUrl)
    {
        foreach (var aad in new[] { FocalPoint, Backup, Adviser, Regional, Hq, Security })
        {
            var install = Payloads.Load("personal-installationUpdate-add", serviceUrl, conversationId: ChatOf(aad));
            install["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
            (await _clients[0].PostAsJsonAsync("/api/messages", install)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Kills instance <paramref name="index"/> with its whole process tree, as a crashed host would be.</summary>
    public Task KillAsync(int index) => _bots[index].KillAsync();

    public Task StartAsync(int index) => _bots[index].StartAsync();

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until <paramref name="sql"/> (a count) reaches <paramref name="expected"/>; returns the last count.</summary>
    public async Task<long> WaitForCountAsync(string sql, long expected, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        long count;
        while ((count = await CountAsync(sql)) < expected && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        return count;
    }

    /// <summary>Waits until every outbox row is delivered.</summary>
    public async Task DrainOutboxAsync(int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (await CountAsync("""SELECT count(*) FROM "OutboxMessages" WHERE "DeliveredAt" IS NULL""") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The outbox did not deliver everything within {seconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Makes every armed SLA timer due now, as if its deadline had passed.</summary>
    /// <summary>
    /// Makes the matching timers due now, once the instances have armed at least <paramref name="armed"/> of them: arming
    /// is background work, and a timer not yet armed would miss the update.
    /// </summary>
    public async Task MakeSlaTimersDueAsync(string where = "TRUE", int armed = 1)
    {
        await WaitForCountAsync($"""SELECT count(*) FROM "SlaTimers" WHERE "NextStepAt" IS NOT NULL AND ({where})""", armed);
        await ExecuteAsync($"""UPDATE "SlaTimers" SET "NextStepAt" = {DateTimeOffset.UtcNow.UtcTicks} WHERE "NextStepAt" IS NOT NULL AND ({where})""");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
            client.Dispose();
        var failures = new List<Exception>();
        foreach (var bot in _bots)
        {
            try
            {
                await bot.DisposeAsync();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }
        using (var connection = new NpgsqlConnection(Database))
            NpgsqlConnection.ClearPool(connection);
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold a file for a moment.
        }
        if (failures.Count > 0)
            throw new AggregateException(failures);
    }
}
