using System.Text.Json.Nodes;
using RufaBot.LoadDriver.Results;

namespace RufaBot.Tests.LoadDriver;

/// <summary>The regression guard over hand-made run records: no run is timed here.</summary>
public sealed class RunComparisonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rufa-bench-results-").FullName;

    [Fact]
    public void Compare_ThroughputDownBeyondTolerance_Regresses()
    {
        var changes = RunComparison.Compare(Record(turnsPerSecond: 1000), Record(turnsPerSecond: 800), tolerancePercent: 15);

        var throughput = changes.Single(c => c.Name == "turnsPerSecond");
        Assert.Equal(Verdict.Regressed, throughput.Verdict);
        Assert.Equal(-20, throughput.ChangePercent!.Value, precision: 6);
        Assert.True(RunComparison.AnyRegression(changes));
    }

    [Fact]
    public void Compare_ThroughputDownWithinTolerance_IsWorseButNoRegression()
    {
        var changes = RunComparison.Compare(Record(turnsPerSecond: 1000), Record(turnsPerSecond: 900), tolerancePercent: 15);

        Assert.Equal(Verdict.Worse, changes.Single(c => c.Name == "turnsPerSecond").Verdict);
        Assert.False(RunComparison.AnyRegression(changes));
    }

    [Fact]
    public void Compare_LatencyAndRssUp_RegressWhileLowerLatencyImproves()
    {
        var changes = RunComparison.Compare(
            Record(messageP99: 100, invokeP99: 50, peakRss: [200]),
            Record(messageP99: 130, invokeP99: 20, peakRss: [180, 240]),
            tolerancePercent: 15);

        Assert.Equal(Verdict.Regressed, changes.Single(c => c.Name == "message.p99").Verdict);
        Assert.Equal(Verdict.Improved, changes.Single(c => c.Name == "invoke.p99").Verdict);
        // Several bots: the largest peak counts.
        var rss = changes.Single(c => c.Name == "peakRssMib");
        Assert.Equal((240.0, Verdict.Regressed), (rss.Current!.Value, rss.Verdict));
    }

    [Fact]
    public void Compare_PerFigureTolerance_OverridesTheDefault()
    {
        var changes = RunComparison.Compare(Record(messageP99: 100), Record(messageP99: 130), tolerancePercent: 15,
            new Dictionary<string, double> { ["message.p99"] = 40 });

        Assert.Equal(Verdict.Worse, changes.Single(c => c.Name == "message.p99").Verdict);
    }

    [Fact]
    public void Compare_ErrorsFromZero_RegressWhateverTheTolerance()
    {
        var changes = RunComparison.Compare(Record(errors: 0), Record(errors: 1), tolerancePercent: 1000);

        Assert.Equal(Verdict.Regressed, changes.Single(c => c.Name == "errors").Verdict);
    }

    [Fact]
    public void Compare_FailedAfterPassed_Regresses()
    {
        var changes = RunComparison.Compare(Record(passed: true), Record(passed: false), tolerancePercent: 15);

        Assert.Equal(Verdict.Regressed, changes.Single(c => c.Name == "passed").Verdict);
    }

    [Fact]
    public void Compare_NoInvokesInOneRun_LeavesTheirLatencyUncompared()
    {
        var changes = RunComparison.Compare(Record(invokeCount: 0, invokeP99: 0), Record(invokeP99: 500), tolerancePercent: 15);

        Assert.Equal(Verdict.NotComparable, changes.Single(c => c.Name == "invoke.p99").Verdict);
        Assert.False(RunComparison.AnyRegression(changes));
    }

    [Fact]
    public void CompareCommand_WithoutFiles_ComparesNewestWithPreviousOfSameScenario()
    {
        Write("a.json", Record(turnsPerSecond: 1000, scenario: "s1", recorded: "2026-12-01T10:00:00Z"));
        Write("b.json", Record(turnsPerSecond: 100, scenario: "s2", recorded: "2026-12-01T11:00:00Z"));
        Write("c.json", Record(turnsPerSecond: 700, scenario: "s1", recorded: "2026-12-01T12:00:00Z"));
        using var output = new StringWriter();

        var exit = CompareCommand.Run(["--results", _folder, "--tolerance", "20%"], output, TextWriter.Null);

        Assert.Equal(1, exit);
        Assert.Contains("a.json", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("c.json", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("REGRESSION", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CompareCommand_TwoFilesWithinTolerance_ExitsZero()
    {
        var baseline = Write("base.json", Record(turnsPerSecond: 1000, messageP99: 20));
        var current = Write("now.json", Record(turnsPerSecond: 950, messageP99: 21));

        var exit = CompareCommand.Run([baseline, current], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exit);
    }

    [Fact]
    public void CompareCommand_OnlyOneRunOfTheScenario_ExitsTwo()
    {
        Write("only.json", Record(scenario: "alone"));
        using var error = new StringWriter();

        var exit = CompareCommand.Run(["--results", _folder], TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("nothing to compare", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RunRecord_Write_KeepsScenarioCommandLineAndFigures()
    {
        var figures = new JsonObject { ["turnsPerSecond"] = 12.5 };

        var path = RunRecord.Write(_folder, "rufabot-memory-5u", ["--users", "5"], figures, new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("20261207T120000Z-rufabot-memory-5u.json", Path.GetFileName(path));
        var record = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("rufabot-memory-5u", (string?)record["scenario"]);
        Assert.Equal("--users", (string?)record["commandLine"]![0]);
        Assert.Equal(12.5, (double)record["figures"]!["turnsPerSecond"]!);
        Assert.True(record["machine"]!["processors"]!.GetValue<int>() > 0);
    }

    private string Write(string name, JsonObject record)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, record.ToJsonString());
        return path;
    }

    private static JsonObject Record(double turnsPerSecond = 1000, double messageP99 = 20, double invokeP99 = 50, int invokeCount = 10,
        double[]? peakRss = null, int errors = 0, bool passed = true, string scenario = "s", string recorded = "2026-12-01T10:00:00Z") => new()
    {
        ["scenario"] = scenario,
        ["recordedUtc"] = recorded,
        ["figures"] = new JsonObject
        {
            ["turnsPerSecond"] = turnsPerSecond,
            ["message"] = new JsonObject { ["count"] = 100, ["p50"] = 3, ["p95"] = 10, ["p99"] = messageP99, ["max"] = 90 },
            ["invoke"] = new JsonObject { ["count"] = invokeCount, ["p50"] = 10, ["p95"] = 30, ["p99"] = invokeP99, ["max"] = 60 },
            ["errors"] = errors,
            ["peakRssMib"] = new JsonArray([.. (peakRss ?? [200]).Select(m => (JsonNode?)m)]),
            ["cpuPercent"] = 90,
            ["dbCommandsPerTurn"] = 0.6,
            ["redisCommandsPerTurn"] = null,
            ["stateReadsPerTurn"] = 2,
            ["stateWritesPerTurn"] = 0.9,
            ["stateBytesAverage"] = 850,
            ["passed"] = passed,
        },
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
