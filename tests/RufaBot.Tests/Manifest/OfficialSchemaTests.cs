using System.Diagnostics;
using RufaBot.Testing;

namespace RufaBot.Tests.Manifest;

/// <summary>
/// The packed Teams app checked by Microsoft's own manifest schema for its <c>manifestVersion</c> (bundled in the npm
/// package <c>@microsoft/app-manifest</c>, run offline by <c>tools/clients/validate-manifest.js</c>). Nothing of the
/// schema is copied into the repository. The tools must be installed (<c>bash tools/clients/setup.sh</c>; CI does it
/// before the tests run), and a missing tool fails the test rather than skipping it.
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

        Assert.True(exitCode == 0, "validate-manifest.js said:\n" + output);
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
        var tools = RepoPaths.Combine("tools", "clients");
        var script = Path.Combine(tools, "validate-manifest.js");
        Assert.True(File.Exists(script), $"{script} is missing from the repository");
        Assert.True(
            Directory.Exists(Path.Combine(tools, "node_modules", "@microsoft", "app-manifest")),
            $"The official manifest validator is not installed in {Path.Combine(tools, "node_modules")}: run `bash tools/clients/setup.sh` (Node.js 20 or later, npm).");
        var start = new ProcessStartInfo("node", [script, package])
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

    public void Dispose() => _app.Dispose();
}
