using Microsoft.Extensions.Logging;

namespace RufaBot.Cli;

/// <summary>
/// Chat mode's log: warnings and errors only, on standard error, so the conversation on standard output stays a
/// clean transcript.
/// </summary>
internal sealed class ChatLoggerProvider(TextWriter error) : ILoggerProvider
{
    // Chat mode runs without inbound authentication on purpose (nothing reaches it from outside the process), so the
    // warnings that say so, at start-up and on every request, would only be noise here.
    private static readonly HashSet<string> ExpectedWarnings = ["BotProtocol.BotStartupReport", "BotProtocol.BotAuthenticator"];

    // Chat mode turns rate limiting off itself (ChatCommand); saying so would only be noise too. Event ids are unique.
    private static readonly HashSet<int> ExpectedEvents = [7801];

    public ILogger CreateLogger(string categoryName) => new ChatLogger(categoryName, error);

    public void Dispose()
    {
    }

    private sealed class ChatLogger(string category, TextWriter error) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel is LogLevel.Error or LogLevel.Critical || (logLevel == LogLevel.Warning && !ExpectedWarnings.Contains(category));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || ExpectedEvents.Contains(eventId.Id))
                return;
            var problem = exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})";
            error.WriteLine($"[{logLevel.ToString().ToLowerInvariant()}] {formatter(state, exception)}{problem}");
        }
    }
}
