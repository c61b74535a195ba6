using System.Diagnostics;
using System.Reflection;

namespace RufaBot.Tests.Infra;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package, restored with the test project (its path is
/// written into this assembly at build time). Runs offline: the template uses built-in resource types only.
/// </summary>
internal static class BicepCli
{
    public static string Executable { get; } = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepCli").Value!;

    public sealed record Result(int ExitCode, string Output, string Diagnostics)
    {
        /// <summary>Every warning and error line Bicep printed.</summary>
        public IReadOnlyList<string> Problems => [.. Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(" : Warning ", StringComparison.Ordinal) || l.Contains(" : Error ", StringComparison.Ordinal))];
    }

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        Assert.True(File.Exists(Executable), $"The Bicep CLI is not at {Executable}; restore tests/RufaBot.Tests.");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RufaBot.Testing.RepoPaths.Combine("src", "infra"),
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await errors);
    }
}
