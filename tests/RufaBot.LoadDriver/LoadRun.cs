using System.Diagnostics;
using System.Reflection;
using RufaBot.Testing;

namespace RufaBot.LoadDriver;

/// <summary>
/// One run: start the Connector stub, the state backend and the bots; the focal points say hello; the staff start;
/// warm-up (not counted), the measured window, then drain (no new turns; the outbox and focal points finish).
/// </summary>
internal static class LoadRun
{
    private static readonly TimeSpan DrainQuiet = TimeSpan.FromSeconds(6), DrainLimit = TimeSpan.FromSeconds(60);

    public static async Task<LoadReport> ExecuteAsync(LoadOptions options)
    {
        if (options.Pin && OperatingSystem.IsLinux())
            Process.GetCurrentProcess().ProcessorAffinity = 1 << 1;
        var dll = Path.GetFullPath(options.BotDll ?? DefaultBotDll());
        if (options.Target == Target.RufaBot && !File.Exists(dll))
            throw new FileNotFoundException($"No RufaBot build at {dll}: run `dotnet build -c Release src/RufaBot` (the driver's own build does it).");
        var focalPoints = new FocalPoints();
        await using var connector = await ConnectorStub.StartAsync(focalPoints);
        await using var backend = await StateBackend.StartAsync(options.State);
        var bots = new List<BotProcess>();
        try
        {
            for (var i = 0; i < options.Bots; i++)
            {
                // One after the other: the first one migrates the database and creates the shared key ring.
                var log = Path.Combine(Path.GetTempPath(), $"rufa-load-bot-{i}.log");
                bots.Add(options.TargetCommand is { } command
                    ? await BotProcess.StartCommandAsync(command, options.Pin, log)
                    : await BotProcess.StartAsync(dll, Environment(backend), options.Pin, log));
                Console.Error.WriteLine($"bot {i}: pid {bots[i].Id} at {bots[i].Address} (log {log})");
            }
            return await MeasureAsync(options, connector, backend, bots);
        }
        finally
        {
            foreach (var bot in bots)
                await bot.DisposeAsync();
        }
    }

    private static async Task<LoadReport> MeasureAsync(LoadOptions options, ConnectorStub connector, StateBackend backend, List<BotProcess> bots)
    {
        using var client = new BotClient([.. bots.Select(b => b.Address)]);
        using var diagnostics = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var log = new TurnLog();
        var counters = new RunCounters();
        // Only RufaBot routes concerns to focal points and counts its work; the references just answer their staff.
        var rufaBot = options.Target == Target.RufaBot;
        if (rufaBot)
            await SayHelloAsync(client, connector);
        var desk = new FocalPointDesk(client, connector, log, counters, options.EscalateFraction);
        var deskWork = rufaBot ? desk.RunAsync(workers: FocalPoints.People.Count) : Task.CompletedTask;
        Task<BotCounters> ReadCountersAsync() => rufaBot ? BotCounters.ReadAsync(diagnostics, bots) : Task.FromResult(BotCounters.None);

        using var stop = new CancellationTokenSource();
        Console.Error.WriteLine($"{options.Users} staff: warm-up {options.WarmupSeconds} s, window {options.DurationSeconds} s");
        var staff = Enumerable.Range(0, options.Users)
            .Select(i => Task.Run(() => new StaffMember(i, client, connector, log, counters, options.ThinkMs, Scripts.For(options.Target)).RunAsync(stop.Token)))
            .ToList();
        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds));

        var window = new Window(Stopwatch.GetTimestamp(), await ReadCountersAsync(), await backend.RedisCommandsAsync(), Cpu(bots));
        await Task.Delay(TimeSpan.FromSeconds(options.DurationSeconds));
        var end = Stopwatch.GetTimestamp();
        var botCounters = (await ReadCountersAsync()).Minus(window.Counters);
        var redisCommands = await backend.RedisCommandsAsync() - window.RedisCommands;
        var cpu = Cpu(bots) - window.Cpu;
        var seconds = Stopwatch.GetElapsedTime(window.Start, end).TotalSeconds;

        Console.Error.WriteLine("draining");
        stop.Cancel();
        await Task.WhenAll(staff);
        var drainStart = Stopwatch.GetTimestamp();
        desk.ExpectMoreCards();
        while (rufaBot && !desk.IsIdle(DrainQuiet) && Stopwatch.GetElapsedTime(drainStart) < DrainLimit)
            await Task.Delay(200);
        connector.Cards.Writer.TryComplete();
        await deskWork;

        return new LoadReport
        {
            Options = options,
            Seconds = seconds,
            Messages = log.LatenciesIn(TurnKind.Message, window.Start, end),
            Invokes = log.LatenciesIn(TurnKind.Invoke, window.Start, end),
            Deliveries = connector.Deliveries.DelaysIn(window.Start, end),
            Steps = log.StepsIn(window.Start, end),
            Errors = log.Errors,
            ErrorSamples = [.. log.ErrorSamples],
            PeakRssMib = [.. bots.Select(b => b.PeakRssKib() / 1024.0)],
            CpuPercent = cpu.TotalSeconds / seconds * 100,
            Counters = botCounters,
            RedisCommands = redisCommands,
            IntakesCompleted = counters.Intakes,
            ConcernsStored = rufaBot ? await backend.CountConcernsAsync() : null,
            Acknowledged = counters.Acknowledged,
            Escalated = counters.Escalated,
            ProactiveMessages = connector.Proactive,
            CardUpdates = connector.Updates,
        };
    }

    // Focal points have the app: their first message tells RufaBot their chats, so cards go straight there.
    private static async Task SayHelloAsync(BotClient client, ConnectorStub connector)
    {
        var turn = 0;
        foreach (var person in FocalPoints.People)
        {
            var activity = Activities.Message(connector.ServiceUrl, person.ChatId, person.AadObjectId, person.Name, "pending");
            var (status, _) = await client.PostAsync(activity, turn++);
            if (status is not (200 or 202))
                throw new InvalidOperationException($"The focal point {person.Name}'s first message got HTTP {status}.");
        }
    }

    private static Dictionary<string, string> Environment(StateBackend backend)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Diagnostics__CountersEndpoint"] = "true",
            // Every simulated person calls from the same address: a rate limit would measure itself. Ignored where unknown.
            ["RateLimiting__Enabled"] = "false",
        };
        foreach (var (key, value) in backend.BotEnvironment().Concat(FocalPoints.RoutingEnvironment()))
            environment[key] = value;
        return environment;
    }

    private static TimeSpan Cpu(IEnumerable<BotProcess> bots) => bots.Aggregate(TimeSpan.Zero, (sum, b) => sum + b.CpuTime());

    private static string DefaultBotDll()
    {
        var configuration = typeof(LoadRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return RepoPaths.Combine("src", "RufaBot", "bin", configuration, "net10.0", "RufaBot.dll");
    }

    private sealed record Window(long Start, BotCounters Counters, long? RedisCommands, TimeSpan Cpu);
}
