using System.Diagnostics;
using System.Globalization;
using RufaBot.Testing;

namespace RufaBot.LoadDriver;

/// <summary>
/// The real RufaBot as a child process (<c>dotnet RufaBot.dll</c> in its own bin folder, so its appsettings.json and
/// dialogs are found), on a free loopback port, its output kept in a log file. Peak RSS and CPU time come from /proc.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BotProcess(Process process, Uri address, StreamWriter log)
    {
        _process = process;
        Address = address;
        _log = log;
    }

    public Uri Address { get; }
    public int Id => _process.Id;

    public static Task<BotProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, bool pin, string logFile) =>
        StartAsync(["dotnet", dll], Path.GetDirectoryName(dll)!, environment, pin, logFile);

    /// <summary>A comparison reference started by a shell command (bench/compare.sh passes it); it too answers /readyz.</summary>
    public static Task<BotProcess> StartCommandAsync(string command, bool pin, string logFile) =>
        StartAsync(["bash", "-c", command + " \"$@\"", "target"], Environment.CurrentDirectory, new Dictionary<string, string>(), pin, logFile);

    private static async Task<BotProcess> StartAsync(IReadOnlyList<string> commandLine, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, bool pin, string logFile)
    {
        var port = LoopbackPorts.Unused();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(pin ? "taskset" : commandLine[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // bash -c 'CMD "$@"' target --urls URL: the command gets --urls as its own arguments.
        var arguments = pin ? ["-c", "0", .. commandLine] : commandLine.Skip(1).ToList();
        foreach (var arg in arguments.Append("--urls").Append(address.ToString().TrimEnd('/')))
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + commandLine[^1]);
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, address, log);
        await bot.WaitReadyAsync(logFile);
        return bot;
    }

    /// <summary>VmHWM: the most resident memory the process ever had, in KiB.</summary>
    public long PeakRssKib()
    {
        var line = File.ReadLines($"/proc/{Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>User plus system CPU time so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    private async Task WaitReadyAsync(string logFile)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode} at start-up; see {logFile}.");
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "readyz"));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The bot was not ready within 120 s; see {logFile}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log)
            _log.Dispose();
    }
}
