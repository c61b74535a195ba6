using System.Globalization;
using System.Text.Json.Nodes;

namespace RufaBot.LoadDriver.Results;

/// <summary>
/// <c>compare [--tolerance 15%] [--tolerance message.p99=25%] [--results DIR] [baseline.json current.json]</c>: without
/// files, the newest record in the results folder against the previous record of the same scenario.
/// Exit 0: no regression beyond tolerance; 1: a regression; 2: bad arguments or nothing to compare.
/// </summary>
internal static class CompareCommand
{
    public const string Usage = """
        compare [--tolerance P%] [--tolerance FIGURE=P%] [--results DIR] [BASELINE.json CURRENT.json]
          Without files: the newest run in DIR (bench-results/) against the previous run of the same scenario.
          Exit 1 when a figure moved the wrong way by more than its tolerance (default 15 %).
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var tolerance = RunComparison.DefaultTolerancePercent;
        var perFigure = new Dictionary<string, double>(StringComparer.Ordinal);
        var folder = RunRecord.DefaultFolder;
        var files = new List<string>();
        try
        {
            for (var i = 0; i < args.Count; i++)
            {
                string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--tolerance":
                        if (Next().Split('=', 2) is [var figure, var percent])
                            perFigure[figure] = ParsePercent(percent);
                        else
                            tolerance = ParsePercent(args[i]);
                        break;
                    case "--results":
                        folder = Next();
                        break;
                    case var file when !file.StartsWith("--", StringComparison.Ordinal):
                        files.Add(file);
                        break;
                    default:
                        throw new ArgumentException($"Unknown option {args[i]}.");
                }
            }
            var (baselinePath, currentPath) = files switch
            {
                [var b, var c] => (b, c),
                [] => LatestPair(folder),
                _ => throw new ArgumentException("Give two record files (baseline, current) or none."),
            };
            var baseline = Load(baselinePath);
            var current = Load(currentPath);
            if ((string?)baseline["scenario"] != (string?)current["scenario"])
                error.WriteLine($"warning: comparing different scenarios ({baseline["scenario"]} and {current["scenario"]}).");
            var changes = RunComparison.Compare(baseline, current, tolerance, perFigure);
            RunComparison.Print(output, baselinePath, currentPath, changes);
            return RunComparison.AnyRegression(changes) ? 1 : 0;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or System.Text.Json.JsonException)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }
    }

    /// <summary>The newest record and the one before it with the same scenario, by their recorded time.</summary>
    public static (string Baseline, string Current) LatestPair(string folder)
    {
        if (!Directory.Exists(folder))
            throw new ArgumentException($"No results folder {folder}: run the load driver first.");
        var records = Directory.EnumerateFiles(folder, "*.json")
            .Select(path => (Path: path, Record: Load(path)))
            .Select(r => (r.Path, Scenario: (string?)r.Record["scenario"], Recorded: (string?)r.Record["recordedUtc"] ?? ""))
            .OrderByDescending(r => r.Recorded, StringComparer.Ordinal)
            .ToList();
        if (records.Count == 0)
            throw new ArgumentException($"No run records in {folder}.");
        var current = records[0];
        var previous = records.Skip(1).FirstOrDefault(r => r.Scenario == current.Scenario);
        return previous.Path is null
            ? throw new ArgumentException($"Only one run of scenario {current.Scenario} in {folder}: nothing to compare it with.")
            : (previous.Path, current.Path);
    }

    private static JsonObject Load(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new FormatException($"{path} is not a run record.");

    private static double ParsePercent(string text) =>
        double.Parse(text.TrimEnd('%', ' '), NumberStyles.Float, CultureInfo.InvariantCulture) is var p and >= 0
            ? p
            : throw new ArgumentException("A tolerance is a percentage, not negative.");
}
