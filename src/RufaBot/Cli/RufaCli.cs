namespace RufaBot.Cli;

/// <summary>
/// Command-line verbs that run instead of the web host: <c>pack-manifest</c> writes the Teams app package,
/// <c>chat</c> talks to the bot in the terminal and <c>export-induction</c> writes an entity's induction completions
/// as CSV. Without a verb, Program goes on to run the web host.
/// </summary>
internal static class RufaCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("pack-manifest" or "chat" or "export-induction"))
            return false;
        Environment.ExitCode = await RunAsync(args, Console.In, Console.Out, Console.Error);
        return true;
    }

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            return args[0] switch
            {
                "pack-manifest" => PackManifestCommand.Run(args[1..], output),
                "chat" => await ChatCommand.RunAsync(args[1..], input, output, error),
                "export-induction" => await ExportInductionCommand.RunAsync(args[1..], output, error),
                _ => throw new CliException($"Unknown command '{args[0]}'. Use pack-manifest, chat or export-induction."),
            };
        }
        catch (CliException problem)
        {
            await error.WriteLineAsync(problem.Message);
            return problem.ExitCode;
        }
    }
}
