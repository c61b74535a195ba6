using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;

namespace RufaBot.Tests.Storage;

// With Concerns:ReporterKeySecret unset, every reader of the options must get one and the same generated secret,
// or a reporter's concerns would be filed under one key and looked up under another.
public sealed class ReporterSecretDefaultTests
{
    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=data/rufabot.db")]
    public async Task UnsetSecret_IsGeneratedOnce_ForIOptionsAndIOptionsMonitorAlike(string connection)
    {
        var root = Directory.CreateTempSubdirectory("rufa-secret-").FullName;
        try
        {
            await using var host = await ConcernsHost.StartAsync(root, new Dictionary<string, string?> { ["ConnectionStrings:Rufa"] = connection });

            var fromOptions = host.Services.GetRequiredService<IOptions<ConcernsOptions>>().Value.ReporterKeySecret;
            var fromMonitor = host.Services.GetRequiredService<IOptionsMonitor<ConcernsOptions>>().CurrentValue.ReporterKeySecret;

            Assert.Equal(fromOptions, fromMonitor);
            Assert.True(fromOptions!.Length >= ConcernsOptions.MinSecretLength);
            Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Category.EndsWith(nameof(ConcernsSecretDefault), StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
