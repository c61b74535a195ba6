namespace RufaBot.Cli;

/// <summary>
/// The tools' entry point: <c>chat</c> (the default) talks to the bot in the terminal, <c>pack-manifest</c> writes the
/// Teams app package and <c>export-induction</c> writes an entity's induction completions as CSV.
/// </summary>
internal static class RufaCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    // With no verb, or only options, a newcomer's one command starts the chat.
    public static Task<int> Main(string[] args) =>
        RunAsync(args is [] || args[0].StartsWith('-') ? ["chat", .. args] : args, Console.In, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            return args[0] switch
            {
                "pack-manifest" => PackManifestCommand.Run(args[1..], output),
                "chat" => await ChatCommand.RunAsync(args[1..], input, output, error),
                "export-induction" => await ExportInductionCommand.RunAsync(args[1..], output, error),
                _ => throw new CliException($"Unknown command '{args[0]}'. Use chat, pack-manifest or export-induction."),
            };
        }
        catch (CliException problem)
        {
            await error.WriteLineAsync(problem.Message);
            return problem.ExitCode;
        }
    }
}

/// <summary>A problem the user can fix, said in one message that names the option or file and the fix.</summary>
internal sealed class CliException(string message, int exitCode = RufaCli.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
