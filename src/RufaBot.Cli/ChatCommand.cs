using System.Security.Cryptography;

namespace RufaBot.Cli;

/// <summary>
/// <c>chat [--user NAME] [--locale TAG] [--keep] [host options]</c>: talk to the real bot in the terminal, as a person
/// in a private Teams chat. Each run starts on a fresh, in-memory database unless <c>--keep</c> (or a connection string
/// on the command line) says otherwise. Other options go to the host as they would for the web app (e.g.
/// <c>--environment</c>, <c>--ConnectionStrings:Redis=…</c>).
/// </summary>
internal static class ChatCommand
{
    // Nothing reaches chat mode from outside the process, so authentication stays in local-development mode even
    // when an app id is configured; and each turn's HTTP answer waits for the whole turn, so replies print in order.
    // Every chat-mode person lives in one stand-in tenant: it must be served, and it is where their chats are opened.
    private static readonly string[] HostOverrides =
        ["--MicrosoftAppId=", "--Bot:AppId=", "--Bot:TurnAcknowledgeAfter=00:10:00", $"--MicrosoftAppTenantId={ChatUser.TenantId}"];

    // A script piped into the chat sends its lines faster than a person types, which the per-user limit would refuse;
    // given first, so `--RateLimiting:Enabled=true` on the command line still turns it on.
    private static readonly string[] HostDefaults = ["--RateLimiting:Enabled=false"];

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var (user, locale, keep, hostArgs) = Parse(args);
        output = TextWriter.Synchronized(output);
        error = TextWriter.Synchronized(error);
        var directory = new ChatDirectory(ChatDemoRouting.People.Select(p => p.Name));
        var screen = new ChatScreen(output, directory);

        await error.WriteLineAsync("Starting RufaBot with the web host's configuration (dialogs, storage, knowledge)...");
        InProcessBot bot;
        try
        {
            bot = await InProcessBot.StartAsync([.. HostDefaults, .. Fresh(keep, hostArgs), .. hostArgs, .. ChatDemoRouting.Args(hostArgs), .. HostOverrides], new ChatConnector(screen, directory), new ChatLoggerProvider(error));
        }
        catch (Exception problem)
        {
            throw new CliException($"RufaBot did not start: {problem.Message}", RufaCli.Failed);
        }
        await using (bot)
        {
            // Typed input is already on screen; piped input is echoed so the output reads as a transcript.
            var echo = !ReferenceEquals(input, Console.In) || Console.IsInputRedirected;
            await new ChatSession(bot, screen, directory, input, echo).RunAsync(user, locale);
        }
        return RufaCli.Ok;
    }

    // Concerns left by an earlier run would greet a newcomer in "pending" and behind "/1"; a database in memory (with
    // its key ring and reporter secret) ends with the process. An explicit connection string is kept as given.
    private static IEnumerable<string> Fresh(bool keep, List<string> hostArgs)
    {
        if (keep || hostArgs.Any(a => a.TrimStart('-').StartsWith("ConnectionStrings:Rufa", StringComparison.OrdinalIgnoreCase)
                    || a.TrimStart('-').StartsWith("ConnectionStrings:Concerns", StringComparison.OrdinalIgnoreCase)))
            return [];
        return ["--Storage:Provider=Sqlite", "--ConnectionStrings:Rufa=Data Source=:memory:", "--ConnectionStrings:Concerns=",
            $"--Concerns:ReporterKeySecret={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}"];
    }

    private static (string User, string Locale, bool Keep, List<string> HostArgs) Parse(string[] args)
    {
        var (user, locale, keep, host) = ("Alex", "en-US", false, new List<string>());
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            if (name == "--keep")
            {
                keep = true;
            }
            else if (name is "--user" or "--locale")
            {
                value ??= i + 1 < args.Length ? args[++i] : throw new CliException($"Option '{name}' needs a value.");
                if (name == "--user")
                    user = value;
                else
                    locale = value;
            }
            else
            {
                host.Add(args[i]);
            }
        }
        if (host.Count > 0 && !host[0].StartsWith('-'))
            throw new CliException($"Unexpected argument '{host[0]}'. Usage: chat [--user NAME] [--locale TAG] [--keep] [host options such as --environment Development].");
        return (user, locale, keep, host);
    }
}
