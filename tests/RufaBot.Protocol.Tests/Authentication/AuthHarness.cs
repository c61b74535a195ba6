using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

using RufaBot.Testing;

namespace BotProtocol.Tests.Authentication;

/// <summary>
/// A loopback identity provider with one published key per path, a fake clock, and authenticators built through
/// <see cref="BotAuthenticationServiceCollectionExtensions.AddBotAuthentication"/>.
/// </summary>
internal sealed class AuthHarness : IAsyncDisposable
{
    public const string AppId = "11111111-1111-1111-1111-111111111111";
    public const string BotTenant = "22222222-2222-2222-2222-222222222222";
    public const string OtherTenant = "33333333-3333-3333-3333-333333333333";
    public const string CallerAppId = "44444444-4444-4444-4444-444444444444";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    public static readonly DateTimeOffset Now = TestTokens.DefaultNow;

    private readonly List<ServiceProvider> _services = [];

    private AuthHarness(FakeOpenIdProvider provider) => Provider = provider;

    public FakeOpenIdProvider Provider { get; }
    public FakeTimeProvider Time { get; } = new(Now);
    public CapturingLoggerProvider Logs { get; } = new();
    public TestSigningKey ChannelKey { get; } = new("channel-1", endorsements: ["msteams", "webchat"]);
    public TestSigningKey EntraKey { get; } = new("entra-1", issuer: "https://login.microsoftonline.com/{tenantid}/v2.0");
    public TestSigningKey EmulatorKey { get; } = new("emulator-1", issuer: "https://login.microsoftonline.com/{tenantid}/v2.0");

    public static async Task<AuthHarness> StartAsync()
    {
        var harness = new AuthHarness(await FakeOpenIdProvider.StartAsync());
        harness.Provider.Publish("channel", BotFrameworkIssuer, harness.ChannelKey);
        harness.Provider.Publish($"entra/{BotTenant}", $"https://login.microsoftonline.com/{BotTenant}/v2.0", harness.EntraKey);
        harness.Provider.Publish("emulator", "https://login.microsoftonline.com/{tenantid}/v2.0", harness.EmulatorKey);
        return harness;
    }

    public IBotAuthenticator CreateAuthenticator(Action<BotOptions>? configure = null)
    {
        var options = new BotOptions
        {
            AppType = BotAppType.SingleTenant,
            AppId = AppId,
            AppTenantId = BotTenant,
            ChannelOpenIdMetadataUrl = Provider.MetadataUrl("channel"),
            EntraOpenIdMetadataUrl = Provider.MetadataUrl("entra/{tenant}"),
            EmulatorOpenIdMetadataUrl = Provider.MetadataUrl("emulator"),
        };
        configure?.Invoke(options);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Options.Create(options))
            .AddBotAuthentication()
            .BuildServiceProvider();
        _services.Add(services);
        return services.GetRequiredService<IBotAuthenticator>();
    }

    /// <summary>A Bot Framework channel token as Azure Bot Service sends it to Teams bots.</summary>
    public string ChannelToken(
        TestSigningKey? key = null, string audience = AppId, string issuer = BotFrameworkIssuer, string? serviceUrl = ServiceUrl,
        TimeSpan? notBefore = null, TimeSpan? expires = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
            claims["serviceurl"] = serviceUrl;
        return TestTokens.Create((key ?? ChannelKey).Credentials(algorithm), issuer, audience, claims, notBefore, expires);
    }

    /// <summary>An Entra token; v1 (<c>sts.windows.net</c>, <c>appid</c>) or v2 (<c>login.microsoftonline.com</c>, <c>azp</c>).</summary>
    public string EntraToken(
        string version = "2.0", string issuerTenant = BotTenant, string? tid = null, string audience = AppId,
        string caller = CallerAppId, TestSigningKey? key = null, string? serviceUrl = null)
    {
        var claims = new Dictionary<string, object> { ["tid"] = tid ?? issuerTenant, ["ver"] = version };
        claims[version == "1.0" ? "appid" : "azp"] = caller;
        if (serviceUrl is not null)
            claims["serviceurl"] = serviceUrl;
        return TestTokens.Create((key ?? EntraKey).Credentials(), EntraIssuer(version, issuerTenant), audience, claims);
    }

    public static string EntraIssuer(string version, string tenant) =>
        version == "1.0" ? $"https://sts.windows.net/{tenant}/" : $"https://login.microsoftonline.com/{tenant}/v2.0";

    public static string Bearer(string token) => $"Bearer {token}";

    public async ValueTask DisposeAsync()
    {
        foreach (var services in _services)
            await services.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
