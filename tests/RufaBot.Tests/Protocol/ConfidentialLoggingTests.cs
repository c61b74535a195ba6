using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;
using RufaBot.Testing;

namespace RufaBot.Tests.Protocol;

/// <summary>What people type never reaches the log, at any level (Trace included), whatever path the turn takes.</summary>
public sealed class ConfidentialLoggingTests
{
    private const string Secret = "Soldiers took SECRET-4711 from the Kalma camp";

    [Fact]
    public async Task MessageText_NeverAppearsInLogs_AtAnyLevel()
    {
        var logs = new CapturingLoggerProvider();
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new RufaBotApp(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var bot = app.CreateBotClient();
        var t = new Transcript(bot, connector);

        await t.Send(Secret);                       // outside any dialog
        await t.Send("feedback");
        await t.Answer("topic", "other");
        await t.Send(Secret);                       // a dialog answer
        await t.Send(Secret + " and more");
        await t.Submit(new() { ["rufa"] = "answer", ["step"] = "nope", ["nope"] = Secret });   // a forged card

        // The capture sees the most verbose levels (every turn logs its end at Debug), so its silence below is real.
        Assert.Contains(logs.Entries, e => e.Level <= LogLevel.Debug);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("SECRET-4711"));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((logLevel, formatter(state, exception) + " " + exception));
        }
    }
}
