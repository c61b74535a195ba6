using Microsoft.Extensions.DependencyInjection;
using RufaBot.Cli;
using RufaBot.Induction;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Induction;

/// <summary><c>export-induction</c> reads the completions the bot stored in a SQLite file, through the bot's own host.</summary>
public sealed class ExportInductionCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rufabot-export-").FullName;

    private Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Rufa"] = $"Data Source={Path.Combine(_folder, "rufabot.db")}",
        ["Storage:KeyRingFolder"] = Path.Combine(_folder, "keys"),
        ["Concerns:ReporterKeySecret"] = "export-cli-tests-secret-0123456789abcdef",
    };

    /// <summary>The same settings as command-line options, as an operator would pass them.</summary>
    private string[] HostOptions => ["--environment", "Testing", "--contentRoot", _folder, .. Settings.Select(s => $"--{s.Key}={s.Value}")];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Export_WritesTheEntitysCompletionsToTheFile()
    {
        await using (var app = new RufaBotApp(Settings))
        {
            _ = app.Address;
            var records = app.Services.GetRequiredService<InductionRecords>();
            await records.RecordAsync(Completion("UNDP", "-Lee, Ana"), default);
            await records.RecordAsync(Completion("UNICEF", "Other Entity"), default);
        }
        var file = Path.Combine(_folder, "out", "undp.csv");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await RufaCli.RunAsync(["export-induction", "--entity", "undp", "--out", file, .. HostOptions], TextReader.Null, output, error);

        Assert.True(exit == RufaCli.Ok, error.ToString());
        Assert.Contains("Wrote 1 completions of undp (RufaBot's introduction to Human Rights up Front, not the mandatory induction of the Detailed Action Plan) to", output.ToString());
        var csv = await File.ReadAllTextAsync(file);
        Assert.Equal("activity,counts_as_mandatory_induction,entity,display_name,user_id,completed_utc,correct,questions\r\n"
            + "RufaBot introduction to Human Rights up Front,no,UNDP,\"'-Lee, Ana\",aad-x,2026-11-25T09:30:00Z,6,6\r\n", csv);
    }

    [Fact]
    public async Task Export_WithoutEntity_SaysWhatIsMissing()
    {
        var error = new StringWriter();
        var exit = await RufaCli.RunAsync(["export-induction", "--out", "x.csv"], TextReader.Null, new StringWriter(), error);
        Assert.Equal(RufaCli.Usage, exit);
        Assert.Contains("--entity is required", error.ToString());
    }

    private static InductionCompletionRecord Completion(string entity, string name) => new()
    {
        UserId = "aad-x",
        DisplayName = name,
        Entity = entity,
        EntityKey = InductionEntity.Key(entity),
        DraftKey = InductionRecords.DraftKey(Guid.NewGuid().ToString()),
        CompletedAt = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero),
        Correct = 6,
        Questions = 6,
    };
}
