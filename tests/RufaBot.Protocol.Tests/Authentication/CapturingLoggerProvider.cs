using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BotProtocol.Tests.Authentication;

/// <summary>Keeps every log entry, at every level, with its formatted message and exception text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, string Text)> _entries = new();

    public IReadOnlyList<(int EventId, string Text)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider._entries.Enqueue((eventId.Id, $"{formatter(state, exception)} {exception}"));
    }
}
