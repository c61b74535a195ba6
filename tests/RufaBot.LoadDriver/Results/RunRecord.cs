using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using RufaBot.Testing;

namespace RufaBot.LoadDriver.Results;

/// <summary>
/// One run's figures as a file, <c>bench-results/{utc stamp}-{scenario}.json</c>: what was run (command line, scenario,
/// git commit), where (machine facts) and every figure the report prints, so a later run can be compared with it.
/// </summary>
internal static class RunRecord
{
    public static string DefaultFolder => RepoPaths.Combine("bench-results");

    public static string Write(string folder, string scenario, IReadOnlyList<string> commandLine, JsonObject figures, DateTimeOffset now)
    {
        Directory.CreateDirectory(folder);
        var record = new JsonObject
        {
            ["scenario"] = scenario,
            ["recordedUtc"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["commandLine"] = new JsonArray([.. commandLine.Select(a => (JsonNode?)JsonValue.Create(a))]),
            ["git"] = Git(),
            ["machine"] = Machine(),
            ["figures"] = figures,
        };
        var path = Path.Combine(folder, $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{scenario}.json");
        File.WriteAllText(path, record.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return path;
    }

    private static JsonObject Machine() => new()
    {
        ["processors"] = Environment.ProcessorCount,
        ["cpuModel"] = CpuModel(),
        ["os"] = RuntimeInformation.OSDescription,
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["memoryMib"] = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024),
        ["loadAverage"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
    };

    private static string? CpuModel() => File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;

    // The commit the bot was built from, and whether the tree had uncommitted changes (then the commit alone is not the code).
    private static JsonObject Git()
    {
        var commit = RunGit("rev-parse", "HEAD");
        var status = RunGit("status", "--porcelain", "--untracked-files=no");
        return new JsonObject { ["commit"] = commit, ["dirty"] = status is null ? null : status.Length > 0 };
    }

    private static string? RunGit(params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
                start.ArgumentList.Add(arg);
            using var git = Process.Start(start);
            if (git is null)
                return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine: the record says so with a null
        }
    }
}
