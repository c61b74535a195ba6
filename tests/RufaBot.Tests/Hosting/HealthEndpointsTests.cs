using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using RufaBot.Escalation.Outbox;
using RufaBot.Hosting;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Hosting;

/// <summary>/healthz says the process answers; /readyz says whether its dependencies do (503 when one does not).</summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task DatabaseDown_IsLive_ButNotReady()
    {
        await using var app = new RufaBotApp(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Rufa"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=rufa;Timeout=2",
            ["Storage:MigrateOnStartup"] = "false",
        });
        using var client = app.CreateBotClient();

        var (liveStatus, live) = await GetAsync(client, "/healthz");
        var (readyStatus, ready) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", (string?)live["status"]);
        Assert.Empty(live["dependencies"]!.AsObject());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", (string?)ready["dependencies"]!["database"]!["status"]);
    }

    [Fact]
    public async Task RedisDown_IsNotReady()
    {
        await using var app = new RufaBotApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{ClosedPort()},abortConnect=false,connectTimeout=200",
        });
        using var client = app.CreateBotClient();

        var (status, ready) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)ready["dependencies"]!["redis"]!["status"]);
        Assert.Equal("Healthy", (string?)ready["dependencies"]!["database"]!["status"]);
    }

    [Fact]
    public async Task Readyz_RunsEveryCheckTaggedReady_AndNoOther()
    {
        await using var app = new RufaBotApp(services: services => services.AddHealthChecks()
            .AddCheck("feature-ready", () => HealthCheckResult.Degraded("behind"), tags: [HealthTags.Ready])
            .AddCheck("feature-untagged", () => HealthCheckResult.Unhealthy("never asked")));
        using var client = app.CreateBotClient();

        var (status, ready) = await GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", (string?)ready["status"]);
        var dependencies = ready["dependencies"]!.AsObject();
        Assert.Equal(["database", "emergency-route", "feature-ready", "outbox"], dependencies.Select(d => d.Key).Order());
        Assert.Equal("Degraded", (string?)dependencies["feature-ready"]!["status"]);
    }

    [Fact]
    public async Task Readyz_SaysOnlyStatuses_SoNothingInItTracksSubmissions()
    {
        await using var app = new RufaBotApp(new Dictionary<string, string?> { ["Escalation:Outbox:Enabled"] = "false" },
            services => services.AddHealthChecks().AddCheck("feature-ready",
                () => HealthCheckResult.Degraded("3 behind", data: new Dictionary<string, object> { ["behind"] = 3 }), tags: [HealthTags.Ready]));
        using var client = app.CreateBotClient();

        await QueueOutboxMessageAsync(app);
        var (_, one) = await GetAsync(client, "/readyz");
        await QueueOutboxMessageAsync(app);
        var (_, two) = await GetAsync(client, "/readyz");

        // A pending message per submission: the answer must not move with them, nor carry a check's own words or data.
        Assert.Equal(one.ToJsonString(), two.ToJsonString());
        Assert.Equal("Healthy", (string?)two["dependencies"]!["outbox"]!["status"]);
        Assert.Equal("Degraded", (string?)two["dependencies"]!["feature-ready"]!["status"]);
        Assert.All(two["dependencies"]!.AsObject(), d => Assert.Equal(["status"], d.Value!.AsObject().Select(p => p.Key)));
        Assert.DoesNotMatch(@"\d", two.ToJsonString());
    }

    private static async Task QueueOutboxMessageAsync(RufaBotApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Purpose = "escalation-card",
            Recipient = OutboxRecipient.Person("00000000-0000-0000-0000-0000000000f1"),
            ActivityJson = """{"type":"message","text":"card"}""",
            CreatedAt = now,
            DueAt = now,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<(HttpStatusCode, JsonNode)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
