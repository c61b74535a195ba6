using System.Collections.Concurrent;
using System.Diagnostics;
using RufaBot.Testing;

namespace RufaBot.Tests.MyConcerns;

/// <summary>
/// The built RufaBot.dll run by <c>dotnet</c> as its own OS process on a fixed loopback port, so a test can kill it
/// (the whole process tree) and start it again on the same address with the same configuration. A process that stops
/// by itself is reported, with the last lines it wrote, when the test disposes of it.
/// </summary>
internal sealed class RufaBotProcess(int port, string workFolder, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private const int LinesKept = 40;
    private readonly ConcurrentQueue<string> _lastLines = new();
    private Process? _process;

    public Uri Address { get; } = new($"http://127.0.0.1:{port}/");

    public async Task StartAsync()
    {
        // The app's own build output (with its runtimeconfig and dialogs/), in the test's configuration.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = RepoPaths.Combine("src", "RufaBot", "bin", configuration, "net10.0", "RufaBot.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        _lastLines.Clear();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workFolder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        // As in every test host: how many requests fit in a rate window depends on the machine (settings may turn it on).
        start.ArgumentList.Add("--RateLimiting:Enabled=false");
        foreach (var (key, value) in settings)
            start.ArgumentList.Add($"--{key}={value}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        // Every instance would watch its appsettings files; a run starting many processes exhausts the machine's
        // inotify instances and the runtime aborts at start-up. The tests never edit those files.
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        // Generous: a loaded or slow machine starts a .NET process slowly, and this only bounds a failure.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            if (_process.HasExited)
                Assert.Fail(ExitReport());
            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, "RufaBot did not become healthy within 180 s");
            await Task.Delay(200);
        }
    }

    public async Task KillAsync()
    {
        if (_process is null)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        var stoppedByItself = _process is { HasExited: true } ? ExitReport() : null;
        await KillAsync();
        Assert.True(stoppedByItself is null, stoppedByItself);
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _lastLines.Enqueue(line);
        while (_lastLines.Count > LinesKept)
            _lastLines.TryDequeue(out _);
    }

    private string ExitReport() =>
        $"RufaBot on {Address} exited by itself with code {_process!.ExitCode}; its last output:\n{string.Join("\n", _lastLines)}";
}
