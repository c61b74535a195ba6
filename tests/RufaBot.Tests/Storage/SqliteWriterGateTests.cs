using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Tests.Storage;

/// <summary>
/// SQLite writers queue in the process: a second writer waits without holding a thread (its call returns a pending
/// task at once instead of sleeping inside SQLite), goes as soon as the first one's write is over however it ended,
/// and readers never wait. Runs the real registration on a SQLite file, as a fresh clone has it.
/// </summary>
public sealed class SqliteWriterGateTests : IAsyncLifetime
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    private readonly string _contentRoot = Directory.CreateTempSubdirectory("rufa-gate-").FullName;
    private ConcernsHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await ConcernsHost.StartAsync(_contentRoot, new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task SecondWriter_WaitsWithoutBlocking_AndGoesWhenTheTransactionCommits()
    {
        await using var first = _host.NewContext();
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.AnswerFeedback.Add(Vote("a-1"));
        await first.SaveChangesAsync();

        await using var second = _host.NewContext();
        second.AnswerFeedback.Add(Vote("a-2"));
        var waiting = second.SaveChangesAsync();
        Assert.False(waiting.IsCompleted);

        await transaction.CommitAsync();
        await waiting.WaitAsync(Soon);
        Assert.Equal(["a-1", "a-2"], await StoredAnswerIdsAsync());
    }

    [Fact]
    public async Task StatementOutsideATransaction_WaitsItsTurnToo()
    {
        await SaveAsync(Vote("a-1"));
        await using var first = _host.NewContext();
        var transaction = await first.Database.BeginTransactionAsync();

        await using var second = _host.NewContext();
        var waiting = second.AnswerFeedback.Where(v => v.AnswerId == "a-1").ExecuteUpdateAsync(s => s.SetProperty(v => v.Helpful, false));
        Assert.False(waiting.IsCompleted);

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        Assert.Equal(1, await waiting.WaitAsync(Soon));
    }

    [Fact]
    public async Task TransactionDisposedWithoutCommit_RollsBack_AndLetsTheNextWriterIn()
    {
        await using (var abandoned = _host.NewContext())
        {
            await using var transaction = await abandoned.Database.BeginTransactionAsync();
            abandoned.AnswerFeedback.Add(Vote("lost"));
            await abandoned.SaveChangesAsync();
        }

        await SaveAsync(Vote("kept")).WaitAsync(Soon);
        Assert.Equal(["kept"], await StoredAnswerIdsAsync());
    }

    [Fact]
    public async Task FailedSave_GivesTheTurnBack()
    {
        await SaveAsync(Vote("a-1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(Vote("a-1")));

        await SaveAsync(Vote("a-2")).WaitAsync(Soon);
        Assert.Equal(["a-1", "a-2"], await StoredAnswerIdsAsync());
    }

    [Fact]
    public async Task Readers_DoNotWaitForAWriter()
    {
        await SaveAsync(Vote("a-1"));
        await using var writer = _host.NewContext();
        await using var transaction = await writer.Database.BeginTransactionAsync();
        writer.AnswerFeedback.Add(Vote("a-2"));
        await writer.SaveChangesAsync();

        Assert.Equal(["a-1"], await StoredAnswerIdsAsync().WaitAsync(Soon));
    }

    private async Task SaveAsync(AnswerFeedbackRecord vote)
    {
        await using var db = _host.NewContext();
        db.AnswerFeedback.Add(vote);
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> StoredAnswerIdsAsync()
    {
        await using var db = _host.NewContext();
        return await db.AnswerFeedback.AsNoTracking().Select(v => v.AnswerId).OrderBy(id => id).ToListAsync();
    }

    private AnswerFeedbackRecord Vote(string answerId) =>
        new() { AnswerId = answerId, UserKey = "user-key", Helpful = true, At = _host.Time.GetUtcNow() };
}
