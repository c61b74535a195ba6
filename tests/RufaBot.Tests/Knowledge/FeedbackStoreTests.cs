using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns.Reporters;
using RufaBot.Knowledge.Feedback;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;
using RufaBot.Testing;

namespace RufaBot.Tests.Knowledge;

/// <summary>"Was this helpful?" votes through the real bot into a SQLite file, read back after the host restarts.</summary>
public sealed class FeedbackStoreTests : IAsyncLifetime
{
    private const string AnswerId = "0123456789abcdef0123456789abcdef";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rufabot-feedback-" + Guid.NewGuid().ToString("N"));
    private FakeConnector _connector = null!;

    private Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Rufa"] = $"Data Source={Path.Combine(_folder, "rufabot.db")}",
        ["Storage:KeyRingFolder"] = Path.Combine(_folder, "keys"),
        ["Concerns:ReporterKeySecret"] = "feedback-store-tests-secret-0123456789abcdef",
    };

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Votes_SurviveARestart_OnePerUserAndAnswer_TheLastWins_UnderAKeyedHash()
    {
        await using (var app = new RufaBotApp(Settings))
        {
            var t = new Transcript(app.CreateBotClient(), _connector);
            (await t.Submit(Vote(helpful: true))).AssertReply("Thank you, glad it helped.");
            (await t.Submit(Vote(helpful: false))).AssertReply("Thank you for telling me.");
            await t.Post(new JsonObject
            {
                ["value"] = Vote(helpful: true),
                ["from"] = new JsonObject { ["id"] = "29:sam", ["aadObjectId"] = "aad-sam", ["name"] = "Sam" },
            });
        }

        await using var restarted = new RufaBotApp(Settings);
        _ = restarted.Address;
        var votes = await Assert.IsType<DatabaseAnswerFeedbackStore>(restarted.Services.GetRequiredService<IAnswerFeedbackStore>()).AllAsync(default);
        var keys = restarted.Services.GetRequiredService<ReporterKeys>();

        Assert.Equal(2, votes.Count);
        Assert.All(votes, v => Assert.Equal(AnswerId, v.AnswerId));
        Assert.False(votes.Single(v => v.UserKey == keys.Voter("aad-reporter")).Helpful);
        Assert.True(votes.Single(v => v.UserKey == keys.Voter("aad-sam")).Helpful);
        Assert.All(votes, v => Assert.Matches("^[0-9a-f]{64}$", v.UserKey));
    }

    private static JsonObject Vote(bool helpful) => new() { ["rufa"] = "feedback", ["answerId"] = AnswerId, ["helpful"] = helpful };
}
