using RufaBot.Cli;

namespace RufaBot.Tests.Cli;

/// <summary>Runs <c>chat</c> as the command line does, with a script for standard input; keeps what it printed.</summary>
public sealed record ChatRun(int ExitCode, string Output, string Error)
{
    public static async Task<ChatRun> RunAsync(string script, params string[] options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await RufaCli.RunAsync(["chat", "--environment", "Testing", "--contentRoot", AppContext.BaseDirectory, .. options], new StringReader(script), output, error);
        return new ChatRun(exitCode, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }

    /// <summary>Asserts that the lines appear in this order (each as a substring of the output, after the previous one).</summary>
    public ChatRun AssertInOrder(params string[] expected)
    {
        var at = 0;
        foreach (var text in expected)
        {
            var found = Output.IndexOf(text, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{text}\" does not follow in the transcript:\n{Output[at..]}\n--- stderr ---\n{Error}");
            at = found + text.Length;
        }
        return this;
    }
}
