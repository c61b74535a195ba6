using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.EarlyWarning;
using RufaBot.EarlyWarning.Brief;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>The brief's download links: signed, read back only unchanged and only until they expire (fake clock).</summary>
public sealed class BriefLinksTests
{
    [Fact]
    public void ALink_WorksUntilItExpires_AndNotAtAllWithoutAPublicAddress()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var options = new EarlyWarningOptions { Brief = { PublicBaseUrl = new Uri("https://rufabot.example.org/"), LinkLifetime = TimeSpan.FromHours(1) } };
        var links = new BriefLinks(new RufaBot.Hosting.SignedTokens(new EphemeralDataProtectionProvider(), clock), new OptionsStub(options));

        var link = links.For("east-africa", new Quarter(2026, 4), BriefDelivery.Csv)!;
        var token = Uri.UnescapeDataString(link.AbsolutePath[(BriefLinks.Path.Length + 1)..]);

        Assert.Equal(("east-africa", "2026-Q4", "csv"), links.Read(token) is { } c ? (c.Region, c.Quarter, c.Format) : default);
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(links.Read(token));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(links.Read(token));
        Assert.Null(links.Read("not-a-token"));

        options.Brief.PublicBaseUrl = null;
        Assert.Null(links.For("east-africa", new Quarter(2026, 4), BriefDelivery.Csv));
    }

    private sealed class OptionsStub(EarlyWarningOptions value) : Microsoft.Extensions.Options.IOptionsMonitor<EarlyWarningOptions>
    {
        public EarlyWarningOptions CurrentValue => value;
        public EarlyWarningOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<EarlyWarningOptions, string?> listener) => null;
    }
}
