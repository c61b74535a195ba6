using System.Globalization;

namespace RufaBot.LoadDriver;

internal enum StateMode { Memory, Redis }

/// <summary>The bot under load: RufaBot, or one of the comparison's references in bench/ (started by a command).</summary>
internal enum Target { RufaBot, Peer, Echo }

/// <summary>The command line. Every option has a default, so <c>dotnet run</c> alone runs 200 users for 20 s.</summary>
internal sealed record LoadOptions
{
    public int Users { get; init; } = 200;
    public int DurationSeconds { get; init; } = 20;
    public int WarmupSeconds { get; init; } = 5;
    public int ThinkMs { get; init; }
    public StateMode State { get; init; } = StateMode.Memory;
    public int Bots { get; init; } = 1;
    public bool Pin { get; init; }
    public double EscalateFraction { get; init; } = 0.2;
    public string? BotDll { get; init; }
    public string? ResultsFolder { get; init; }
    public Target Target { get; init; } = Target.RufaBot;
    public string? TargetCommand { get; init; }

    /// <summary>What a run measured, for its record's name: runs compare only with runs of the same scenario.</summary>
    public string Scenario => FormattableString.Invariant(
        $"{Target.ToString().ToLowerInvariant()}-{State.ToString().ToLowerInvariant()}-{Users}u-think{ThinkMs}-{Bots}bot{(Pin ? "-pinned" : "")}");

    public const string Usage = """
        RufaBot load driver: N staff raising concerns in their own chats, focal points acting on the cards.
          --users N              concurrent staff (200)
          --duration S           measured window in seconds (20)
          --warmup S             warm-up before the window, not counted (5)
          --think-ms MS          pause between a user's turns, uniform 0.5x-1.5x (0 = closed loop)
          --state memory|redis   memory cache + SQLite file (default), or own redis-server + PostgreSQL
          --bots N               bot processes sharing Redis + PostgreSQL (needs --state redis); turns round-robin (1)
          --escalate-fraction F  share of acknowledged cards the focal point then escalates (0.2)
          --pin                  pin the bot to CPU 0 (taskset) and the driver to CPU 1
          --bot-dll PATH         RufaBot.dll to run (default: src/RufaBot/bin/<driver's configuration>/net10.0)
          --target rufabot|peer|echo  the bot under load (rufabot); peer and echo are the references in bench/
          --target-command CMD   shell command starting a peer or echo; the driver appends --urls http://127.0.0.1:PORT
          --results DIR          where the run's record (JSON) is written (bench-results/ in the repository)
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--users" => options with { Users = Int() },
                "--duration" => options with { DurationSeconds = Int() },
                "--warmup" => options with { WarmupSeconds = Int() },
                "--think-ms" => options with { ThinkMs = Int() },
                "--state" => options with { State = Enum.Parse<StateMode>(Next(), ignoreCase: true) },
                "--bots" => options with { Bots = Int() },
                "--escalate-fraction" => options with { EscalateFraction = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--pin" => options with { Pin = true },
                "--bot-dll" => options with { BotDll = Next() },
                "--results" => options with { ResultsFolder = Next() },
                "--target" => options with { Target = Enum.Parse<Target>(Next(), ignoreCase: true) },
                "--target-command" => options with { TargetCommand = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        if (options.Users < 1 || options.DurationSeconds < 1 || options.WarmupSeconds < 0 || options.ThinkMs < 0 || options.Bots < 1)
            throw new ArgumentException("--users, --duration and --bots must be positive; --warmup and --think-ms not negative.");
        if (options.Bots > 1 && options.State != StateMode.Redis)
            throw new ArgumentException("--bots above 1 needs --state redis: the instances must share state and the database.");
        if (options.Target != Target.RufaBot && (options.TargetCommand is null || options.State != StateMode.Memory || options.Bots != 1))
            throw new ArgumentException("--target peer|echo needs --target-command, memory state and one bot.");
        return options;
    }
}
