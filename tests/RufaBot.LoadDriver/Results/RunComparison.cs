using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RufaBot.LoadDriver.Results;

internal enum Better { Higher, Lower, Neither }

internal enum Verdict { Unchanged, Improved, Worse, Regressed, NotComparable }

/// <summary>A figure of a run record: its path in <c>figures</c> and which way is better (Neither: shown, never guarded).</summary>
internal sealed record GuardedFigure(string Name, Better Better);

internal sealed record FigureChange(string Name, double? Baseline, double? Current, double? ChangePercent, double Tolerance, Verdict Verdict);

/// <summary>
/// Compares one run record with an earlier one: a figure regresses when it moved the wrong way by more than its
/// tolerance (throughput down; latency, RSS, commands per turn, errors up). Within the tolerance it is only "worse".
/// </summary>
internal static class RunComparison
{
    public const double DefaultTolerancePercent = 15;

    public static readonly IReadOnlyList<GuardedFigure> Figures =
    [
        new("turnsPerSecond", Better.Higher),
        new("message.p50", Better.Lower),
        new("message.p95", Better.Lower),
        new("message.p99", Better.Lower),
        new("message.max", Better.Neither),
        new("invoke.p50", Better.Lower),
        new("invoke.p95", Better.Lower),
        new("invoke.p99", Better.Lower),
        new("invoke.max", Better.Neither),
        new("delivery.p50", Better.Lower),
        new("delivery.p95", Better.Lower),
        new("delivery.p99", Better.Lower),
        new("delivery.max", Better.Neither),
        new("errors", Better.Lower),
        new("peakRssMib", Better.Lower),
        new("cpuPercent", Better.Neither),
        new("dbCommandsPerTurn", Better.Lower),
        new("redisCommandsPerTurn", Better.Lower),
        new("stateReadsPerTurn", Better.Lower),
        new("stateWritesPerTurn", Better.Lower),
        new("stateBytesAverage", Better.Lower),
    ];

    public static IReadOnlyList<FigureChange> Compare(JsonObject baseline, JsonObject current, double tolerancePercent,
        IReadOnlyDictionary<string, double>? perFigure = null)
    {
        var before = baseline["figures"] as JsonObject ?? throw new FormatException("The baseline record has no \"figures\".");
        var after = current["figures"] as JsonObject ?? throw new FormatException("The current record has no \"figures\".");
        var changes = Figures.Select(f => Change(f, Value(before, f.Name), Value(after, f.Name),
            perFigure?.GetValueOrDefault(f.Name, tolerancePercent) ?? tolerancePercent)).ToList();
        if (before["passed"]?.GetValue<bool>() == true && after["passed"]?.GetValue<bool>() == false)
            changes.Add(new FigureChange("passed", 1, 0, -100, 0, Verdict.Regressed));
        return changes;
    }

    public static bool AnyRegression(IEnumerable<FigureChange> changes) => changes.Any(c => c.Verdict == Verdict.Regressed);

    private static FigureChange Change(GuardedFigure figure, double? before, double? after, double tolerance)
    {
        if (before is not { } b || after is not { } a)
            return new(figure.Name, before, after, null, tolerance, Verdict.NotComparable);
        // From zero any growth is infinitely large: an error where there was none is a regression whatever the tolerance.
        double? percent = b == 0 ? (a == 0 ? 0 : null) : (a - b) / Math.Abs(b) * 100;
        var worse = figure.Better switch
        {
            Better.Higher => a < b,
            Better.Lower => a > b,
            _ => false,
        };
        var verdict = (figure.Better, worse) switch
        {
            (Better.Neither, _) => Verdict.NotComparable,
            (_, true) when percent is null || Math.Abs(percent.Value) > tolerance => Verdict.Regressed,
            (_, true) => Verdict.Worse,
            _ when a == b => Verdict.Unchanged,
            _ => Verdict.Improved,
        };
        return new(figure.Name, b, a, percent, tolerance, verdict);
    }

    // "message.p99" is figures.message.p99; a list (peak RSS of several bots) counts by its largest member. A latency
    // group with no turns in either run has nothing to compare.
    private static double? Value(JsonObject figures, string name)
    {
        var parts = name.Split('.');
        if (parts.Length == 2 && figures[parts[0]] is JsonObject group && Number(group["count"]) == 0)
            return null;
        JsonNode? node = figures;
        foreach (var part in parts)
            node = node?[part];
        return node is JsonArray list ? list.Select(Number).Max() : Number(node);
    }

    // Through the JSON text, so a record read from a file and one built in memory (ints, doubles) read alike.
    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static void Print(TextWriter output, string baselineName, string currentName, IReadOnlyList<FigureChange> changes)
    {
        output.WriteLine($"baseline {baselineName}");
        output.WriteLine($"current  {currentName}");
        output.WriteLine($"  {"figure",-22} {"baseline",10} {"current",10} {"change",9} {"tolerance",9}  verdict");
        foreach (var c in changes)
            output.WriteLine($"  {c.Name,-22} {Number(c.Baseline),10} {Number(c.Current),10} {Percent(c.ChangePercent),9} {c.Tolerance.ToString("0.#", CultureInfo.InvariantCulture) + " %",9}  {Describe(c.Verdict)}");
        output.WriteLine(AnyRegression(changes) ? "REGRESSION" : "no regression beyond tolerance");
    }

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    private static string Percent(double? value) => value switch
    {
        null => "—",
        { } v => (v >= 0 ? "+" : "") + v.ToString("0.0", CultureInfo.InvariantCulture) + " %",
    };

    private static string Describe(Verdict verdict) => verdict switch
    {
        Verdict.NotComparable => "",
        Verdict.Regressed => "REGRESSED",
        _ => verdict.ToString().ToLowerInvariant(),
    };
}
