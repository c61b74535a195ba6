using System.Diagnostics;
using RufaBot.Testing;

namespace RufaBot.Tests.Manifest;

/// <summary>
/// The packed Teams app checked by Microsoft's own manifest schema for its <c>manifestVersion</c> (bundled in the npm
/// package <c>@microsoft/app-manifest</c>, run offline by the workplace's <c>validate-manifest.sh</c>). Nothing of the
/// schema is copied into the repository. The tools must be present: CI installs them before the tests run, and a
/// missing tool fails the test rather than skipping it.
/// </summary>
public sealed class OfficialSchemaTests : IDisposable
{
    private readonly PackedApp _app = new();

    [Fact]
    public async Task PackedManifest_IsValid_AgainstTheOfficialSchema()
    {
        await _app.PackAsync("--version", "1.4.0", "--domain", "rufabot.example.org");
        Assert.Equal(0, _app.ExitCode);

        var (exitCode, output) = await ValidateAsync(_app.ZipPath);

        Assert.True(exitCode == 0, "validate-manifest.sh said:\n" + output);
        Assert.Contains("VALID", output);
    }

    [Fact]
    public async Task Validator_RefusesAPackageThatBreaksTheSchema()
    {
        // A developer name longer than the schema's 32 characters: proves the check above can fail.
        await _app.PackAsync("--set", "DEVELOPER_NAME=" + new string('x', 40));
        Assert.Equal(0, _app.ExitCode);

        var (exitCode, output) = await ValidateAsync(_app.ZipPath);

        Assert.True(exitCode == 1, $"expected the schema to refuse the package (exit 1), got {exitCode}:\n{output}");
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string package)
    {
        var script = Path.Combine(ClientTools, "validate-manifest.sh");
        Assert.True(File.Exists(script), $"{script} is missing: the official manifest validator must be installed (see .ci/run)");
        var start = new ProcessStartInfo("bash", [script, package])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string ClientTools =>
        Environment.GetEnvironmentVariable("RUFABOT_CLIENT_TOOLS") is { Length: > 0 } tools
            ? Path.GetFullPath(tools, RepoPaths.Root)
            : Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "tools", "clients"));

    public void Dispose() => _app.Dispose();
}
