using System.Reflection;
using Microsoft.Extensions.Logging;

namespace RufaBot.Tests.Hosting;

/// <summary>Every log event has its own id across the app and its libraries, so an id in a log query means one thing.</summary>
public sealed class LogEventIdTests
{
    [Fact]
    public void EveryLogEventId_IsUsedOnce()
    {
        var events = new[] { typeof(Program).Assembly, typeof(BotProtocol.Activity).Assembly, typeof(BotProtocol.Redis.RedisConversationLock).Assembly, typeof(RufaBot.Dialogs.FlowRunner).Assembly, typeof(RufaBot.Cli.RufaCli).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(e => e.Attribute is not null)
            .ToList();

        Assert.True(events.Count > 50, $"only {events.Count} log events found");
        var repeated = events.GroupBy(e => e.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}").ToList();
        Assert.True(repeated.Count == 0, "event ids used twice:\n" + string.Join("\n", repeated));
    }
}
