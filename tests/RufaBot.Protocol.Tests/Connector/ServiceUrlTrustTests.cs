using Microsoft.Extensions.Options;

namespace BotProtocol.Tests.Connector;

public sealed class ServiceUrlTrustTests
{
    private static ServiceUrlTrust Trust(Action<BotOptions>? configure = null)
    {
        var options = new BotOptions { AppId = "app", AppPassword = "secret" };
        configure?.Invoke(options);
        return new ServiceUrlTrust(Options.Create(options));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", true)]
    [InlineData("https://europe.smba.trafficmanager.net/", true)]
    [InlineData("https://api.botframework.com/", true)]
    [InlineData("https://SMBA.TrafficManager.NET/teams/", true)]
    [InlineData("http://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://evilsmba.trafficmanager.net/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://botframework.com@evil.example/", false)]
    [InlineData("https://evil.example/smba.trafficmanager.net/", false)]
    [InlineData("ftp://smba.trafficmanager.net/", false)]
    public void DefaultAllowlist_TrustsHttpsHostsAndSubdomainsOnly(string url, bool trusted) =>
        Assert.Equal(trusted, Trust().IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("https://[::1]/")]
    public void Loopback_IsUntrusted_WhenAnAppIdIsSet(string url) =>
        Assert.False(Trust().IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:3978/")]
    public void Loopback_IsTrusted_InLocalDevelopment(string url) =>
        Assert.True(Trust(o => o.AppId = null).IsTrusted(new Uri(url)));

    [Fact]
    public void Loopback_IsTrusted_OnlyWhenAnEntryNamesItExactly()
    {
        var trust = Trust(o => o.TrustedServiceHosts.Add("127.0.0.1"));

        Assert.True(trust.IsTrusted(new Uri("http://127.0.0.1:5000/")));
        Assert.False(trust.IsTrusted(new Uri("http://localhost:5000/")));
    }

    [Fact]
    public void ConfiguredHost_IsTrustedWithSubdomains()
    {
        var trust = Trust(o => o.TrustedServiceHosts.Add("connector.contoso.example"));

        Assert.True(trust.IsTrusted(new Uri("https://connector.contoso.example/")));
        Assert.True(trust.IsTrusted(new Uri("https://eu.connector.contoso.example/")));
        Assert.False(trust.IsTrusted(new Uri("https://contoso.example/")));
    }

    [Fact]
    public void IpAddress_DoesNotMatchAnEntryAsASubdomain()
    {
        var trust = Trust(o => o.TrustedServiceHosts.Add("0.0.1"));

        Assert.False(trust.IsTrusted(new Uri("https://10.0.0.1/")));
    }

    [Fact]
    public void AuthenticatedServiceUrl_TrustsThatExactOrigin()
    {
        var trust = Trust();

        trust.TrustAuthenticated("https://connector.partner.example:8443/teams/");

        Assert.True(trust.IsTrusted(new Uri("https://connector.partner.example:8443/v3/conversations/a/activities")));
        Assert.True(trust.IsTrusted(new Uri("https://CONNECTOR.partner.example:8443/")));
        Assert.False(trust.IsTrusted(new Uri("https://connector.partner.example/")));
        Assert.False(trust.IsTrusted(new Uri("http://connector.partner.example:8443/")));
        Assert.False(trust.IsTrusted(new Uri("https://eu.connector.partner.example:8443/")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public void AuthenticatedServiceUrl_Malformed_IsIgnored(string serviceUrl)
    {
        var trust = Trust();

        trust.TrustAuthenticated(serviceUrl);

        Assert.False(trust.IsTrusted(new Uri("file:///etc/passwd")));
    }

    [Fact]
    public void AuthenticatedServiceUrls_AreBounded()
    {
        var trust = Trust();
        for (var i = 0; i < ServiceUrlTrust.Capacity; i++)
            trust.TrustAuthenticated($"https://host{i}.partner.example/");

        trust.TrustAuthenticated("https://one-too-many.partner.example/");

        Assert.True(trust.IsTrusted(new Uri("https://host0.partner.example/")));
        Assert.True(trust.IsTrusted(new Uri($"https://host{ServiceUrlTrust.Capacity - 1}.partner.example/")));
        Assert.False(trust.IsTrusted(new Uri("https://one-too-many.partner.example/")));
    }
}
