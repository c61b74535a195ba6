using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace RufaBot.Testing;

/// <summary>
/// A private PostgreSQL cluster on a free loopback port for the lifetime of a test class, in a temp folder, fsync off.
/// <c>initdb</c> runs once per machine and PostgreSQL build, into a template folder in the temp folder that each fixture
/// copies (one template, reused by later runs, rather than a leftover per run: test hosts are often killed, not exited).
/// Connect as <c>postgres</c> without a password; each test can use its own database (EF's Migrate creates it).
/// <see cref="StopAsync"/> and <see cref="StartAsync"/> take the server away and bring it back, for outage tests.
/// <para>
/// Binaries: <c>RUFABOT_PG_BIN</c>, else the newest <c>/usr/lib/postgresql/*/bin</c> (Debian), else <c>PATH</c>. A
/// missing binary fails the tests (never a silent skip): <c>apt-get install postgresql</c>. PostgreSQL refuses to run
/// as root, so as root (CI) initdb, cp and pg_ctl run as the <c>postgres</c> system user through <c>runuser</c>,
/// in <c>/tmp</c> where that user can write.
/// </para>
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string ServerUser = "postgres";
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    private string? _dataDirectory;

    public int Port { get; private set; }

    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=30";

    public async Task InitializeAsync()
    {
        var template = await Template.Value;
        _dataDirectory = Path.Combine(TempRoot, $"rufa-pg-{Guid.NewGuid():N}");
        await RunAsync("cp", "-a", template, _dataDirectory);
        var log = Path.Combine(_dataDirectory, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            // Another process may take the free port between our probe and the server's bind: try another one.
            Port = LoopbackPorts.Unused();
            try
            {
                await StartAsync();
                return;
            }
            catch (InvalidOperationException exception) when (File.Exists(log))
            {
                if (attempt < 3)
                    continue;
                throw new InvalidOperationException($"{exception.Message}\nserver.log:\n{await File.ReadAllTextAsync(log)}", exception);
            }
        }
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> with the same data, and waits until it accepts connections.</summary>
    public Task StartAsync()
    {
        var settings = $"-p {Port} -c listen_addresses=127.0.0.1 -k {_dataDirectory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100";
        return RunAsync(Binary("pg_ctl"), "-D", _dataDirectory!, "-l", Path.Combine(_dataDirectory!, "server.log"), "-w", "-t", "30", "-o", settings, "start");
    }

    /// <summary>
    /// Stops the server as a restart for maintenance or a fail-over does (<c>fast</c>: every connection is dropped at
    /// once, committed data is kept). Not <c>immediate</c>: with this fixture's <c>synchronous_commit=off</c>, that
    /// could drop the last commits, which a real server with the defaults would keep.
    /// </summary>
    public Task StopAsync() => RunAsync(Binary("pg_ctl"), "-D", _dataDirectory!, "-m", "fast", "-w", "stop");

    public async Task DisposeAsync()
    {
        if (_dataDirectory is null)
            return;
        try
        {
            await RunAsync(Binary("pg_ctl"), "-D", _dataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException) when (!File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            // A test stopped it and failed before starting it again.
        }
        finally
        {
            TryDelete(_dataDirectory);
        }
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var initdb = Binary("initdb");
        var build = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{initdb}|{File.GetLastWriteTimeUtc(initdb):O}")))[..12];
        var template = Path.Combine(TempRoot, $"rufa-pg-template-{Environment.UserName}-{build}");
        if (File.Exists(Path.Combine(template, "PG_VERSION")))
            return template;
        // initdb into a folder of our own, then rename: a template that exists is complete, and a parallel run that
        // renamed first simply wins.
        var fresh = $"{template}.{Guid.NewGuid():N}";
        await RunAsync(initdb, "-D", fresh, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        try
        {
            Directory.Move(fresh, template);
        }
        catch (IOException) when (Directory.Exists(template))
        {
            TryDelete(fresh);
        }
        return template;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string TempRoot => IsRoot ? "/tmp" : Path.GetTempPath();

    private static async Task RunAsync(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(IsRoot ? "runuser" : executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            foreach (var a in new[] { "-u", ServerUser, "--", executable })
                start.ArgumentList.Add(a);
        }
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var hint = IsRoot ? $" (run as the '{ServerUser}' user through runuser; create it with 'useradd --system {ServerUser}' if it is missing)" : "";
            throw new InvalidOperationException($"{Path.GetFileName(executable)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}{hint}:\n{await error}\n{await output}");
        }
    }

    private static string Binary(string name)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("RUFABOT_PG_BIN");
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .OrderByDescending(d => d.Version).Select(d => d.Bin)
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return new[] { fromEnvironment }.Concat(debian).Concat(path)
            .OfType<string>().Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"PostgreSQL's {name} was not found (RUFABOT_PG_BIN, /usr/lib/postgresql/*/bin, PATH). Install it (apt-get install postgresql); the PostgreSQL tests need a real server.");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover in the temp folder is not worth failing a test run for.
        }
    }
}
