using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using RufaBot.Hosting;

namespace RufaBot.Tests.Infrastructure;

/// <summary>
/// Builds and starts the real host in the test's own thread with the given settings, and returns the error that
/// stopped it. Unlike <see cref="RufaBotApp"/>, nothing runs on another thread, so the error is the one start-up
/// raised, however loaded the machine.
/// </summary>
public static class StartupFailure
{
    /// <summary>The messages of the error and of every error inside it, one a line.</summary>
    public static async Task<string> MessagesOfAsync(IReadOnlyDictionary<string, string?> settings) => Messages(await ErrorOfAsync(settings));

    public static async Task<Exception> ErrorOfAsync(IReadOnlyDictionary<string, string?> settings)
    {
        string[] args =
        [
            "--environment=Testing",
            "--urls=http://127.0.0.1:0",
            "--ConnectionStrings:Rufa=Data Source=:memory:",
            .. settings.Select(s => $"--{s.Key}={s.Value}"),
        ];
        WebApplication? app = null;
        try
        {
            app = RufaBotHost.Build(args, builder => builder.Logging.ClearProviders());
            await app.StartAsync();
        }
        catch (Exception error)
        {
            return error;
        }
        finally
        {
            if (app is not null)
                await app.DisposeAsync();
        }
        throw new Xunit.Sdk.XunitException("the host started although a setting was bad: " + string.Join(", ", settings));
    }

    private static string Messages(Exception error) => error switch
    {
        AggregateException aggregate => string.Join("\n", aggregate.InnerExceptions.Select(Messages)),
        { InnerException: { } inner } => error.Message + "\n" + Messages(inner),
        _ => error.Message,
    };
}
