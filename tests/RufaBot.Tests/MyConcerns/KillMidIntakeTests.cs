using Microsoft.Data.Sqlite;
using RufaBot.Testing;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.MyConcerns;

/// <summary>
/// With Redis configured, a draft outlives the process: RufaBot is killed in the middle of an intake, started again,
/// and the intake carries on at the question it was at and ends in exactly one stored concern. Needs a real
/// redis-server (the fixture fails, never skips, without it).
/// </summary>
public sealed class KillMidIntakeTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly string _work = Directory.CreateTempSubdirectory("rufa-kill-").FullName;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // The killed process may still hold a file for a moment.
        }
    }

    [Fact]
    public async Task KilledMidIntake_TheDraftContinuesWhereItWas_AndEndsInOneConcern()
    {
        var database = Path.Combine(_work, "rufabot.db");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["ConnectionStrings:Rufa"] = $"Data Source={database}",
            ["Storage:KeyRingFolder"] = Path.Combine(_work, "keys"),
        };
        await using var bot = new RufaBotProcess(LoopbackPorts.Unused(), _work, settings);
        using var http = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(30) };
        var t = new Transcript(http, _connector);
        await bot.StartAsync();

        await Said(t, "raise a concern", "immediate danger");
        await Said(t, "no", "safe");
        await Said(t, "yes", "What happened");
        await Said(t, IntakeScript.ToConsent[2], "In which country");
        await Said(t, IntakeScript.ToConsent[3], "When did it happen or start?");

        await bot.KillAsync();
        await bot.StartAsync();

        // The next answer is taken by the question the draft was at, and the one after it is asked.
        await Said(t, IntakeScript.ToConsent[4], "Who is affected?");
        foreach (var answer in IntakeScript.ToConsent[5..])
            await Said(t, answer, null);
        await Said(t, "anonymous", "Please check it before you send it");
        await Said(t, "submit", "Concern submitted");
        await bot.KillAsync();

        await using var db = new SqliteConnection($"Data Source={database};Pooling=False");
        await db.OpenAsync();
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT count(*) FROM \"Concerns\"";
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    // Posts one message and waits for the bot's replies (a cold process may answer after the HTTP response).
    private static async Task Said(Transcript t, string text, string? expected)
    {
        await t.Send(text);
        var replies = new List<string>(t.LastReplies.Select(r => r.ToJsonString()));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((replies.Count == 0 || (expected is not null && !replies.Any(r => r.Contains(expected, StringComparison.Ordinal)))) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            await t.Collect();
            replies.AddRange(t.LastReplies.Select(r => r.ToJsonString()));
        }
        Assert.True(replies.Count > 0, $"No reply to \"{text}\"");
        if (expected is not null)
            Assert.True(replies.Any(r => r.Contains(expected, StringComparison.Ordinal)), $"No reply to \"{text}\" contains \"{expected}\":\n" + string.Join("\n", replies));
    }
}
