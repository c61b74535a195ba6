using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Retention;

/// <summary>A bad retention setting stops start-up with a message that names the key.</summary>
public sealed class RetentionOptionsTests
{
    [Theory]
    [InlineData("Concerns:Retention:ClosedConcernsPurgeAfter", "00:00:00", "Concerns:Retention:ClosedConcernsPurgeAfter must be a positive time span")]
    [InlineData("Concerns:Retention:Interval", "00:00:00", "Concerns:Retention:Interval must be at least 00:00:01")]
    [InlineData("Concerns:Retention:BatchSize", "0", "Concerns:Retention:BatchSize must be between 1 and 10000")]
    public async Task BadValue_StopsStartUp_NamingTheKey(string key, string value, string message) =>
        Assert.Contains(message, await StartupFailure.MessagesOfAsync(new Dictionary<string, string?> { [key] = value }));
}
