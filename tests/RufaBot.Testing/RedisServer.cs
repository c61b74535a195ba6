using System.Diagnostics;
using StackExchange.Redis;

namespace RufaBot.Testing;

/// <summary>
/// A real redis-server on a free loopback port, without persistence unless <see cref="Persistent"/>, for the lifetime
/// of a test class. <see cref="StopAsync"/> and <see cref="StartAsync"/> take it away and bring it back on the same
/// port, for outage tests. A missing redis-server fails the tests (never a silent skip): CI installs it, developers
/// run <c>apt-get install redis-server</c>.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private string? _folder;

    /// <summary>
    /// Keep the data in an append-only file written on every command (<c>appendfsync always</c>), as a production
    /// Redis holding conversation state should: then a killed and restarted server still has every draft.
    /// </summary>
    public bool Persistent { get; init; }

    public int Port { get; private set; }
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";
    public IConnectionMultiplexer Multiplexer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Port = LoopbackPorts.Unused();
        _folder = Directory.CreateTempSubdirectory("rufa-redis-").FullName;
        await StartAsync();
        Multiplexer = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},abortConnect=false,connectTimeout=500");
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it answers.</summary>
    public async Task StartAsync()
    {
        var executable = FindOnPath("redis-server")
            ?? throw new InvalidOperationException("redis-server is not on PATH. Install it (apt-get install redis-server); the Redis tests need a real server.");
        var persistence = Persistent ? "--appendonly yes --appendfsync always" : "--appendonly no";
        _process = Process.Start(new ProcessStartInfo(executable, $"--port {Port} --bind 127.0.0.1 --save \"\" {persistence} --dir {_folder}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},abortConnect=true,connectTimeout=500");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Kills the server (SIGKILL, as a crash or a lost host would), leaving its files behind.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    public async Task DisposeAsync()
    {
        if (Multiplexer is not null)
            await Multiplexer.DisposeAsync();
        await StopAsync();
        try
        {
            if (_folder is not null)
                Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Concat(["/usr/bin", "/usr/local/bin", "/usr/sbin"])
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
