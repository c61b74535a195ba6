using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Protocol;

/// <summary>With MicrosoftAppId set, the same loopback posts that work in local development are refused.</summary>
public sealed class AuthenticationRequiredTests : RunningBot
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = "99999999-8888-7777-6666-555555555555",
        // Point metadata at a closed loopback port: nothing may be fetched from the internet in tests.
        ["Bot:ChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        ["Bot:EntraOpenIdMetadataUrl"] = "http://127.0.0.1:9/{tenant}/v2.0/.well-known/openid-configuration",
    };

    [Fact]
    public async Task MessageWithoutToken_Is401AndNothingIsSent()
    {
        var response = await Bot.PostAsJsonAsync("/api/messages", Payloads.Load("personal-message", Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("Bearer", "not.a.jwt")]
    [InlineData("Basic", "dXNlcjpwYXNz")]
    [InlineData("Bearer", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMTExMTExMTEtMjIyMi0zMzMzLTQ0NDQtNTU1NTU1NTU1NTU1In0.")]
    public async Task MessageWithForgedOrMalformedToken_Is401(string scheme, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(Payloads.Load("personal-message", Connector.ServiceUrl)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);

        var response = await Bot.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(Connector.Requests);
    }
}
