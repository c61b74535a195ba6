using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// Property: whatever is POSTed to /api/messages (fields of the wrong type or missing, unknown activity types and
/// invoke names, huge ids, deep nesting, truncated JSON, invalid UTF-8, oversize bodies, odd content types, any
/// serviceUrl) the server never answers 5xx and nothing is logged at Error or above; a body that cannot be an activity
/// gets a 400 or 413 with problem details.
/// </summary>
public sealed class MalformedActivityFuzzTests(ITestOutputHelper output) : RunningBot
{
    private const int MaxRequestBytes = 256 * 1024;

    private readonly FuzzLog _log = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_log);

    [Fact]
    public Task MalformedActivities_NeverGet5xxNorLogAnError_AndInvalidBodiesGetAClear4xx() =>
        FuzzRun.SampleAsync(MalformedRequest.Any, async request =>
        {
            var body = request.Body(Connector.ServiceUrl);
            using var content = new ByteArrayContent(body);
            if (request.ContentType is { } contentType)
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var response = await Bot.PostAsync("/api/messages", content);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();

            Assert.True(status < 500 || (status == 501 && IsInvoke(body)), $"answered {status}: {text}");
            if (request.MustBeRefused || body.Length > MaxRequestBytes)
                Assert.Equal(body.Length > MaxRequestBytes ? 413 : 400, status);
            if (status is 400 or 413)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.False(string.IsNullOrWhiteSpace((string?)JsonNode.Parse(text)?["title"]), "a refusal without a title");
            }
            if (status == 200 && text.Length > 0 && JsonNode.Parse(text) is JsonObject invoke && invoke["statusCode"] is not null)
                CardChecks.AssertSafeInvokeBody(invoke);
            // A reply the Connector refuses (the stub answers 400 to addresses it cannot route, as the real one does) is
            // the Connector's answer, logged as it should be; anything else at Error fails the property.
            var errors = _log.TakeErrors(e => e.Text.Contains("BotProtocol.ConnectorException", StringComparison.Ordinal));
            Assert.True(errors.Length == 0, "logged at Error: " + errors);
        }, FuzzRun.MalformedActivities, output, r => r.ToString());

    private static bool IsInvoke(byte[] body)
    {
        try
        {
            return (string?)JsonNode.Parse(body)?["type"] == "invoke";
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
