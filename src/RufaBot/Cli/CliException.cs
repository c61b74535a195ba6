namespace RufaBot.Cli;

/// <summary>A problem the user can fix, said in one message that names the option or file and the fix.</summary>
internal sealed class CliException(string message, int exitCode = RufaCli.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
