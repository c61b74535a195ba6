using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Storage;
using RufaBot.Tests.Web.Files;

namespace RufaBot.Tests.Web;

/// <summary>
/// No identity, by construction: a whole web intake, a follow-up and a photo (its file name and EXIF are probes) sent
/// with a distinctive user agent, referrer and forwarded addresses, from a known client address and port, and then
/// every log line (every category and level,
/// down to Trace, with its scopes), every cell of every table, and every recorded activity of every source searched
/// for any of them.
/// </summary>
public sealed class WebDoorPrivacyTests : EscalationBot
{
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) DoorProbe-UA-7Q2X/1.0";
    private const string Referrer = "https://referrer.example/leak-8K4M?from=somewhere";
    private const string ForwardedFor = "203.0.113.77";
    private const string Forwarded = "for=198.51.100.23;proto=https";
    private const string FileName = "DoorProbe-File-3R8 at Mopti.jpg";

    private readonly ScopedLogs _logs = new();
    private readonly ConcurrentQueue<Activity> _activities = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<ILoggerProvider>(_logs);
        services.PostConfigure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = LogLevel.Trace;
        });
    }

    [Fact]
    public async Task AWebIntakeFollowUpAndUpload_LeaveNoAddressUserAgentReferrerOrFileName_InLogsRowsOrTelemetry()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var clientEndpoints = new ConcurrentBag<string>();
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                clientEndpoints.Add(((IPEndPoint)socket.LocalEndPoint!).ToString());
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var browser = new HttpClient(handler) { BaseAddress = App.Address };
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        browser.DefaultRequestHeaders.Referrer = new Uri(Referrer);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", ForwardedFor);
        browser.DefaultRequestHeaders.Add("Forwarded", Forwarded);

        var door = new DoorBrowser(browser);
        await door.GetAsync();
        await (await door.StartAsync()).AnswerUntilSummaryAsync();
        await door.SubmitAsync();
        var (reference, passphrase) = (door.Reference!, door.Passphrase!);
        Assert.NotNull(passphrase);
        await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", passphrase), ("information", "The trucks came back the next day."));
        Assert.Contains("It was added", door.Html, StringComparison.Ordinal);
        var (uploaded, _) = await FileUpload.PostAsync(browser, reference, passphrase, "", (FileName, TestImages.JpegWithGps(), "image/jpeg"));
        Assert.Equal(HttpStatusCode.OK, uploaded);
        await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", "aaaaa-bbbbb-ccccc-ddddd"));
        await DrainOutboxAsync();

        Assert.NotEmpty(clientEndpoints);
        string[] needles = ["DoorProbe-UA-7Q2X", "referrer.example", "leak-8K4M", ForwardedFor, "198.51.100.23", "DoorProbe-File-3R8", TestImages.Camera, .. clientEndpoints];
        var lines = _logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("Web door concern submitted", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Trace", StringComparison.Ordinal) || l.StartsWith("Debug", StringComparison.Ordinal));
        foreach (var line in lines)
            foreach (var needle in needles)
                Assert.False(line.Contains(needle, StringComparison.OrdinalIgnoreCase), $"A log line holds '{needle}': {line}");

        await using (var db = NewContext())
            foreach (var (table, column, value) in await DatabaseScan.AllCellsAsync(db))
                foreach (var needle in needles)
                    Assert.False(value.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{table}.{column} holds '{needle}'");

        var doorActivities = _activities.Where(a => a.GetTagItem("url.path") is string p && p.StartsWith("/report", StringComparison.Ordinal)
            || a.OperationName.Contains("HttpRequestIn", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(doorActivities);
        foreach (var activity in _activities)
        {
            foreach (var (key, value) in activity.TagObjects)
            {
                // The client side's own spans (this test's HttpClient, the bot's calls out) name the server they call, not the reporter.
                Assert.False(activity.Kind == ActivityKind.Server && key is "client.address" or "client.port" or "network.peer.address" or "user_agent.original" or "url.query"
                    || key.StartsWith("http.request.header.", StringComparison.Ordinal), $"{activity.OperationName} has the tag {key}");
                foreach (var needle in needles)
                    Assert.False(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true,
                        $"{activity.OperationName} tag {key} holds '{needle}'");
            }
            foreach (var (key, value) in activity.Baggage)
                Assert.DoesNotContain(needles, n => (value ?? "").Contains(n, StringComparison.OrdinalIgnoreCase) || key.Contains(n, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Every log entry as "Level Category: message [scopes]", scopes included (hosting puts the request's path in one).</summary>
    private sealed class ScopedLogs : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopedLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new List<string>();
                owner._scopes.ForEachScope((scope, list) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs) list.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
                    list.Add(scope?.ToString() ?? "");
                }, scopes);
                var values = state is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(";", kv.Select(p => $"{p.Key}={p.Value}")) : "";
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} {{{values}}} [{string.Join(" | ", scopes)}]");
            }
        }
    }
}
