using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.MyConcerns;
using Xunit.Abstractions;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// Property: hostile text (see <see cref="HostileText"/>) typed into any free-text step of the concern intake (edited
/// from the summary, so the summary card shows it), asked as a question, or written by a focal point into a card
/// input (a reason, a question to the reporter) over a concern whose narrative, place and duty station are hostile
/// too, never breaks a card (<see cref="CardChecks"/>) and never reaches the log at Debug or above, in a message, an
/// exception or a scope. Payloads are logged only at Trace, by design. A text with a lone surrogate is refused at the
/// door with 400, since JSON strings must be valid UTF-16; a body over 256 KB with 413.
/// </summary>
public sealed class HostileTextFuzzTests(ITestOutputHelper output) : EscalationBot
{
    private readonly FuzzLog _log = new();
    private readonly ConcurrentBag<Transcript> _atSummary = [];

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings)
        {
            ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            // This test is about what hostile text does to cards and logs, not about priorities: the outbox delivers
            // beside the fuzzed turns instead of giving way to them (BackgroundWorkGateTests cover giving way).
            ["BackgroundWork:MaxDeferral"] = "00:00:00",
        };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_log);

    [Fact]
    public async Task HostileText_NeverBreaksACard_AndNeverReachesTheLog()
    {
        for (var i = 0; i < 2; i++)
            _atSummary.Add(await ToSummaryAsync());

        await FuzzRun.SampleAsync(HostileCase.Any, async c =>
        {
            var (status, replies) = c.Entry switch
            {
                HostileEntry.Question => await AskAsync(c.Text),
                HostileEntry.FocalPointNote => await NoteAsync(c),
                _ => await EditAsync(c),
            };

            // 413: 100 KB of control characters, each escaped as \uXXXX, is over the door's 256 KB. 202: a turn still
            // running after the endpoint's wait (a 100 KB question on a slow machine) finishes in the background.
            Assert.True(status is 200 or 202 or 413 || (status == 400 && HostileText.HasLoneSurrogate(c.Text)), $"answered {status}");
            foreach (var reply in replies)
                CardChecks.AssertSafeActivity(reply);
            Assert.Empty(_log.Carrying(c.Tag).Select(e => $"{e.Category} ({e.Level}): {FuzzRun.Show(e.Text)}"));
            var errors = _log.TakeErrors();
            Assert.True(errors.Length == 0, "logged at Error: " + errors);
        }, FuzzRun.HostileTexts, output, c => c.ToString());

        // Cards the outbox sent on its own time (to the focal points, to the reporter) are checked at the end.
        // A thousand focal-point notes queue a notice each, delivered one by one: a generous bound, not a speed check.
        await DrainOutboxAsync(seconds: 900);
        foreach (var request in Connector.Requests.Where(r => r.Body.Contains(HostileText.Marker, StringComparison.Ordinal)))
            CardChecks.AssertSafeActivity(request.Body);
        Assert.Empty(_log.Marked.Select(e => $"{e.Category} ({e.Level}): {FuzzRun.Show(e.Text)}"));
    }

    private async Task<Transcript> ToSummaryAsync()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        foreach (var answer in IntakeScript.ToConsent)
            await t.Send(answer);
        await t.Send("anonymous");
        Assert.True(AtSummary(t), "the intake did not reach the summary");
        return t;
    }

    private async Task<(int, IReadOnlyList<string>)> AskAsync(string text)
    {
        var t = new Transcript(Bot, Connector);
        var status = await PostAsync(t, text);
        return (status, Replies(t));
    }

    // Edits a free-text answer from the summary; when the text is refused (too long, too short) the valid answer
    // brings the conversation back to the summary for the next case.
    private async Task<(int, IReadOnlyList<string>)> EditAsync(HostileCase c)
    {
        Transcript? t;
        while (!_atSummary.TryTake(out t))
            await Task.Delay(5);
        try
        {
            var (step, valid) = c.Entry switch
            {
                HostileEntry.IntakeWhat => ("what", IntakeScript.ToConsent[2]),
                HostileEntry.IntakePlace => ("place", "Mopti region"),
                _ => ("dutyStation", "Bamako"),
            };
            await t.Submit(new JsonObject { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "edit:" + step });
            var replies = Replies(t).ToList();
            var status = await PostAsync(t, c.Text);
            replies.AddRange(Replies(t));
            if (!AtSummary(t))
                await t.Send(valid);
            Assert.True(AtSummary(t), "the intake did not come back to the summary");
            return (status, replies);
        }
        finally
        {
            _atSummary.Add(t);
        }
    }

    // A concern whose narrative, place and duty station are the hostile text (cut to the intake's limits), then a
    // focal point's action with the text as its input, then the card as the next tier's person sees it.
    private async Task<(int, IReadOnlyList<string>)> NoteAsync(HostileCase c)
    {
        // Stored directly, so without what the door refuses (a lone surrogate cannot arrive, see RefusedBodyTests).
        var text = WithoutLoneSurrogates(c.Text);
        var concern = await SubmitAsync(change: i => (c.Verb == "close" ? Mild(i) : i) with
        {
            Description = Cut(text, 4000), Place = Cut(text, 200), DutyStation = Cut(text, 100),
        });
        var bodies = new List<JsonObject>();
        if (c.Verb is "askReporter" or "recordDecision")
        {
            bodies.Add((await PressAsync(Fp1, "acknowledge", concern)).Body);
            concern = await LoadAsync(concern.Id);
        }
        var (status, body) = c.Verb switch
        {
            "escalate" => await PressAsync(Fp1, "escalate", concern, ("escalateReason", c.Text)),
            "close" => await PressAsync(Fp1, "close", concern, ("closeOutcome", "AdviceGiven"), ("closeReason", c.Text)),
            "askReporter" => await PressAsync(Fp1, "askReporter", concern, ("question", c.Text)),
            _ => await PressAsync(Fp1, "refer", concern, ("referTo", "OHCHR"), ("referReason", c.Text)),
        };
        bodies.Add(body);
        bodies.Add((await PressAsync(Fp1, "refresh", await LoadAsync(concern.Id))).Body);
        if (c.Verb == "escalate")
            bodies.Add((await PressAsync(Adviser, "refresh", await LoadAsync(concern.Id))).Body);
        foreach (var b in bodies)
            if (b["statusCode"] is not null)
                CardChecks.AssertSafeInvokeBody(b);
        return (status, []);
    }

    /// <summary>Posts the text as a message, written into the JSON by hand so that even a lone surrogate goes over the wire as typed.</summary>
    private async Task<int> PostAsync(Transcript t, string text)
    {
        var json = t.Activity(new JsonObject { ["text"] = "TEXT-SLOT" }).ToJsonString().Replace("\"TEXT-SLOT\"", JsonString(text), StringComparison.Ordinal);
        using var response = await Bot.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        // 202: the turn goes on in the background (a slow machine, a huge text); its replies are what is checked.
        if (response.StatusCode == System.Net.HttpStatusCode.Accepted)
            await t.CollectOnceAnswered(TimeSpan.FromMinutes(5));
        else
            await t.Collect();
        return (int)response.StatusCode;
    }

    private static IReadOnlyList<string> Replies(Transcript t) => [.. t.LastReplies.Select(r => r.ToJsonString())];

    private static bool AtSummary(Transcript t) =>
        t.LastReplies.Any(r => r.ToJsonString().Contains("\"step\":\"summary\"", StringComparison.Ordinal));

    // Never between the two halves of a surrogate pair: the intake refuses over-long text, it does not cut it.
    private static string Cut(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];

    private static string WithoutLoneSurrogates(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                kept.Append(text[i]).Append(text[++i]);
            else if (!char.IsSurrogate(text[i]))
                kept.Append(text[i]);
        }
        return kept.ToString();
    }

    private static string JsonString(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
            json.Append(c is '"' or '\\' || c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        return json.Append('"').ToString();
    }
}
