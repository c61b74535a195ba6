using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Tests.Storage;

/// <summary>
/// The in-memory database shares one cache, where readers lock whole tables: there an open query holds the writer
/// turn, so a write waits for the query to finish instead of deadlocking against it inside SQLite.
/// </summary>
public sealed class SqliteInMemoryGateTests : IAsyncLifetime
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("rufa-gate-memory-").FullName;
    private ConcernsHost _host = null!;

    public async Task InitializeAsync() => _host = await ConcernsHost.StartAsync(_contentRoot, new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Rufa"] = "Data Source=:memory:",
    });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task WriteWaitsForAnOpenQuery_ThenGoes()
    {
        await using (var seed = _host.NewContext())
        {
            seed.AnswerFeedback.Add(Vote("a-1"));
            await seed.SaveChangesAsync();
        }
        await using var reader = _host.NewContext();
        var rows = reader.AnswerFeedback.AsNoTracking().AsAsyncEnumerable().GetAsyncEnumerator();
        Assert.True(await rows.MoveNextAsync());

        await using var writer = _host.NewContext();
        writer.AnswerFeedback.Add(Vote("a-2"));
        var waiting = writer.SaveChangesAsync();
        Assert.False(waiting.IsCompleted);

        await rows.DisposeAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await using var check = _host.NewContext();
        Assert.Equal(2, await check.AnswerFeedback.CountAsync());
    }

    private AnswerFeedbackRecord Vote(string answerId) =>
        new() { AnswerId = answerId, UserKey = "user-key", Helpful = true, At = _host.Time.GetUtcNow() };
}
