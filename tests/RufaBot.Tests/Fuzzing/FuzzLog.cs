using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// Listens to every log entry and scope the host writes. Keeps the entries at Error or above (a failure the host
/// caught and logged, or one nothing caught) and every message, exception or scope value that carries
/// <see cref="HostileText.Marker"/>, so a property can assert "no error" and "this text never reached the log"
/// case by case without keeping the whole log of ten thousand turns.
/// </summary>
internal sealed class FuzzLog : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Text);

    public ConcurrentQueue<Entry> Errors { get; } = new();

    public ConcurrentQueue<Entry> Marked { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>
    /// Takes the errors logged since the last call. Two cases run at once, so an error may be charged to the other one;
    /// taking them keeps one failure from failing every case after it, which would mislead the shrinking.
    /// </summary>
    public string TakeErrors(Func<Entry, bool>? excused = null)
    {
        var taken = new List<Entry>();
        while (Errors.TryDequeue(out var entry))
            if (excused is null || !excused(entry))
                taken.Add(entry);
        return string.Join("\n", taken.Select(e => $"{e.Category}: {e.Text}"));
    }

    /// <summary>What reached the log carrying this case's own tag.</summary>
    public IReadOnlyList<Entry> Carrying(string tag) => [.. Marked.Where(e => e.Text.Contains(tag, StringComparison.Ordinal))];

    public void Dispose()
    {
    }

    private void Watch(string category, LogLevel level, string text)
    {
        if (text.Contains(HostileText.Marker, StringComparison.Ordinal))
            Marked.Enqueue(new Entry(category, level, text));
    }

    private sealed class Logger(FuzzLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            owner.Watch(category, LogLevel.None, "scope: " + state);
            if (state is IEnumerable pairs and not string)
                foreach (var pair in pairs.OfType<KeyValuePair<string, object?>>())
                    owner.Watch(category, LogLevel.None, $"scope: {pair.Key}={pair.Value}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception) + " " + exception;
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                text += " | " + string.Join(" ", values.Select(v => $"{v.Key}={v.Value}"));
            if (logLevel >= LogLevel.Error)
                owner.Errors.Enqueue(new Entry(category, logLevel, text));
            owner.Watch(category, logLevel, text);
        }
    }
}
