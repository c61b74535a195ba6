using System.Text.RegularExpressions;
using RufaBot.Testing;

namespace RufaBot.Tests.Hosting;

/// <summary>
/// Every metric the code creates is named in the Operations table (docs/operations.md), so operators can find it. The
/// protocol layer's names are set by the host at run time: <see cref="ProtocolNamesTests"/> checks those.
/// </summary>
public sealed partial class MetricsDocumentationTests
{
    [Fact]
    public void EveryInstrumentInTheCode_IsListedInTheReadme()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("docs", "operations.md"));
        var names = Directory.EnumerateFiles(RepoPaths.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Instrument().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        Assert.Contains("rufabot.concerns.submitted", names);
        Assert.Contains("rufabot.sla.breaches", names);
        Assert.All(names, name => Assert.True(readme.Contains($"`{name}`", StringComparison.Ordinal), $"docs/operations.md does not list the metric {name}"));
    }

    [GeneratedRegex(@"\.Create(?:Counter|Histogram|UpDownCounter|Gauge|ObservableCounter|ObservableGauge|ObservableUpDownCounter)<[^>]+>\(\s*""([a-z0-9_.]+)""")]
    private static partial Regex Instrument();
}
