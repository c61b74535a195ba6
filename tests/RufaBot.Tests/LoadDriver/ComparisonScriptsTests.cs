using System.Diagnostics;
using System.Text.Json.Nodes;
using RufaBot.Testing;

namespace RufaBot.Tests.LoadDriver;

/// <summary>
/// bench/compare.sh is too slow for the suite; this only checks that its scripts are there and parse, and that the
/// peer's packages are pinned, so a broken comparison shows up before the quiet session that runs it.
/// </summary>
public sealed class ComparisonScriptsTests
{
    [Fact]
    public void CompareScript_ParsesAsBash()
    {
        var (exit, error) = Run("bash", "-n", RepoPaths.Combine("bench", "compare.sh"));

        Assert.True(exit == 0, error);
    }

    [Theory]
    [InlineData("summarise.js")]
    [InlineData("peer/index.js")]
    [InlineData("peer/intakeBot.js")]
    [InlineData("peer/intakeDialog.js")]
    public void ComparisonJavaScript_ParsesAsNode(string file)
    {
        var (exit, error) = Run("node", "--check", RepoPaths.Combine(["bench", .. file.Split('/')]));

        Assert.True(exit == 0, error);
    }

    [Fact]
    public void PeerPackages_ArePinnedToExactVersionsInTheLockFile()
    {
        var package = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("bench", "peer", "package.json")))!;
        var locked = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("bench", "peer", "package-lock.json")))!;

        foreach (var (name, version) in package["dependencies"]!.AsObject())
        {
            Assert.Matches(@"^\d+\.\d+\.\d+$", (string)version!);
            Assert.Equal((string?)version, (string?)locked["packages"]![$"node_modules/{name}"]!["version"]);
        }
    }

    private static (int Exit, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
