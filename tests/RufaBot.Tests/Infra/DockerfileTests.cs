using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using RufaBot.Testing;

namespace RufaBot.Tests.Infra;

/// <summary>
/// What of the Dockerfile can be checked without a Docker daemon: it copies paths that exist and every project the app
/// references, and its publish command, run here the same way, gives an app that starts from its folder with the
/// image's environment and passes the image's own HEALTHCHECK command.
/// </summary>
public sealed class DockerfileTests
{
    private readonly Dockerfile _dockerfile = Dockerfile.Load();

    [Fact]
    public void Copies_OnlyPathsThatExist()
    {
        var sources = _dockerfile.All("COPY").Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]).ToList();

        Assert.Contains("dialogs/", sources);
        Assert.All(sources, s => Assert.True(Path.Exists(RepoPaths.Combine(s)), $"COPY {s}: no such path in the repository"));
    }

    [Fact]
    public void RestoreStage_CopiesEveryProjectTheAppReferences()
    {
        var copied = _dockerfile.All("COPY").SelectMany(c => c.Split(' ')).Where(p => p.EndsWith(".csproj", StringComparison.Ordinal)).ToHashSet();

        Assert.Equal(ProjectClosure("src/RufaBot/RufaBot.csproj").Order(), copied.Order());
    }

    [Fact]
    public async Task PublishedAsInTheImage_StartsAndPassesTheImageHealthCheck()
    {
        var output = Directory.CreateTempSubdirectory("rufabot-publish-").FullName;
        try
        {
            var publish = Assert.Single(_dockerfile.All("RUN"), r => r.StartsWith("dotnet publish", StringComparison.Ordinal));
            Assert.EndsWith(" -o /app", publish);
            var (code, log) = await RunAsync("bash", ["-c", publish[..^"/app".Length] + output], RepoPaths.Root, new Dictionary<string, string>());
            Assert.True(code == 0, log);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "dialogs"), "*.dialog.json"));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "Knowledge", "Content"), "*.json"));
            // The source documents the index is parsed from at start-up, and their descriptions.
            Assert.Equal(5, Directory.GetFiles(Path.Combine(output, "Knowledge", "Seeds"), "*.txt").Length);
            Assert.True(File.Exists(Path.Combine(output, "Knowledge", "Seeds", "seeds.json")));

            var port = LoopbackPorts.Unused();
            var environment = new Dictionary<string, string>(_dockerfile.Environment) { ["Urls"] = $"http://127.0.0.1:{port}" };
            var entryPoint = JsonSerializer.Deserialize<string[]>(Assert.Single(_dockerfile.All("ENTRYPOINT")))!;
            using var app = Start(entryPoint[0], entryPoint[1..], output, environment);
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await WaitUntilLiveAsync(client, app);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

                var check = _dockerfile.All("HEALTHCHECK").Single();
                var command = JsonSerializer.Deserialize<string[]>(check[(check.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!;
                var probe = command.Select(a => a.Replace("/8080", $"/{port}", StringComparison.Ordinal)).ToArray();
                var (healthy, probeLog) = await RunAsync(probe[0], probe[1..], output, new Dictionary<string, string>());
                Assert.True(healthy == 0, probeLog);
            }
            finally
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
            Assert.True(File.Exists(Path.Combine(output, "data", "rufabot.db")), "the SQLite database belongs in /app/data, the image's volume");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static IEnumerable<string> ProjectClosure(string project)
    {
        var projects = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!projects.Add(next))
                continue;
            var folder = Path.GetDirectoryName(RepoPaths.Combine(next))!;
            foreach (var reference in XDocument.Load(RepoPaths.Combine(next)).Descendants("ProjectReference"))
                pending.Push(Path.GetRelativePath(RepoPaths.Root, Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value.Replace('\\', '/')))));
        }
        return projects;
    }

    private static async Task WaitUntilLiveAsync(HttpClient client, Process app)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            Assert.False(app.HasExited, "the published app stopped during start-up");
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        Assert.Fail("the published app did not answer /healthz within a minute");
    }

    private static ProcessStartInfo Info(string file, IEnumerable<string> arguments, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return start;
    }

    private static Process Start(string file, IEnumerable<string> arguments, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var process = Process.Start(Info(file, arguments, folder, environment))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string file, IEnumerable<string> arguments, string folder, IReadOnlyDictionary<string, string> environment)
    {
        using var process = Process.Start(Info(file, arguments, folder, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
