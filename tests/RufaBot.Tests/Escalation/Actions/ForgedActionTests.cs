using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Outbox;
using RufaBot.Tests.Storage;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Actions;

/// <summary>
/// Forged and stale card actions: each is refused, the concern row, its trail, decisions, participants and the outbox
/// are exactly as before, and the answer is the current card (or an error) saying why.
/// </summary>
public sealed class ForgedActionTests : EscalationBot
{
    [Theory]
    [InlineData("00000000-0000-0000-0000-00000000dead")]   // nobody in routing
    [InlineData(Adviser)]          // a focal point, but of another tier
    [InlineData(Backup)]           // the backup, not assigned (yet)
    public async Task ActionByAnyoneNotAssignedAtTheCurrentTier_ChangesNothing(string aad)
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);

        var (status, body) = await PressAsync(aad, "escalate", concern, ("escalateReason", "forged"));

        Assert.Equal(200, status);
        Assert.Equal(before, await SnapshotAsync(concern.Id));
        // None of them holds the card: the answer shows nothing of the concern.
        Assert.Contains("not available to you", CardOf(body).ToJsonString());
        Assert.DoesNotContain(RufaBot.Tests.Concerns.IntakeAnswers.Narrative, CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task ActionByTheEarlierTier_AfterEscalation_ChangesNothing()
    {
        var concern = await SubmitAsync();
        await PressAsync(Fp1, "escalate", concern, ("escalateReason", "to country"));
        var current = await LoadAsync(concern.Id);
        var before = await SnapshotAsync(concern.Id);

        (_, var body) = await PressAsync(Fp2, "close", current, ("closeOutcome", "Duplicate"), ("closeReason", "forged"));

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("Only the focal points assigned", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task StaleVersion_IsRefusedWithWhatHappened()
    {
        var concern = await SubmitAsync();
        await PressAsync(Fp1, "escalate", concern, ("escalateReason", "to country"));
        var before = await SnapshotAsync(concern.Id);

        // Fp2 still looks at the card of the first version; even as the new tier's person, that card is stale.
        (_, var body) = await PressAsync(Adviser, "acknowledge", concern);

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("This card was out of date: Escalated by a country focal point at", CardOf(body).ToJsonString());
        Assert.Matches(@"out of date: Escalated by a country focal point at \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC\. Here", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task UnknownVerb_ChangesNothing()
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);

        (_, var body) = await PressAsync(Fp1, "deleteEverything", concern);

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("not recognised", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task StaleVersion_WithNothingOnTheLadderSince_SaysTheCardIsOutOfDate_AndShowsTheCurrentOne()
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);

        (_, var body) = await PressAsync(Fp1, "acknowledge", concern.Id, concern.Version - 1);

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        var card = CardOf(body);
        Assert.Contains("This card is out of date; here is the current one.", card.ToJsonString());
        Assert.DoesNotContain("not recognised", card.ToJsonString());
        Assert.Equal(concern.Version, (long?)card["refresh"]!["action"]!["data"]!["version"]);
        Assert.Contains("acknowledge", Verbs(card));
    }

    [Fact]
    public async Task TamperedConcernId_FindsNothing_AndChangesNothing()
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);

        var (status, body) = await PressAsync(Fp1, "acknowledge", Guid.NewGuid(), concern.Version);

        Assert.Equal(200, status);
        Assert.Contains("not available to you", CardOf(body).ToJsonString());
        Assert.Equal(before, await SnapshotAsync(concern.Id));
    }

    [Theory]
    [InlineData("refresh")]
    [InlineData("escalate")]
    [InlineData("revealReporter")]
    [InlineData("deleteEverything")]
    public async Task OutsiderOnARealConcern_AndAnUnknownId_GetTheSameAnswer_WithoutTheReference(string verb)
    {
        var concern = await SubmitAsync();

        var real = await PressAsync(Adviser, verb, concern, ("escalateReason", "probe"));
        var unknown = await PressAsync(Adviser, verb, Guid.NewGuid(), concern.Version, ("escalateReason", "probe"));
        var unknownToAFocalPoint = await PressAsync(Fp1, verb, Guid.NewGuid(), concern.Version, ("escalateReason", "probe"));

        Assert.Equal(200, real.Status);
        Assert.Equal((real.Status, real.Body.ToJsonString()), (unknown.Status, unknown.Body.ToJsonString()));
        Assert.Equal(real.Body.ToJsonString(), unknownToAFocalPoint.Body.ToJsonString());
        var json = CardOf(real.Body).ToJsonString();
        Assert.Contains("not available to you", json);
        Assert.DoesNotContain(concern.Reference, json);
        Assert.DoesNotContain(concern.Id.ToString("D"), json);
    }

    [Fact]
    public async Task OutsiderAttempts_AreInTheTrailUnderAKeyedHash_LoggedWithoutTheConcern_AndCounted()
    {
        var measured = new System.Collections.Concurrent.ConcurrentBag<KeyValuePair<string, object?>[]>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EscalationTelemetry.Name && instrument.Name == "rufabot.card_actions.refused")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => measured.Add(tags.ToArray()));
        listener.Start();
        var concern = await SubmitAsync();

        await PressAsync(Adviser, "escalate", concern, ("escalateReason", "probe"));
        await PressAsync(Adviser, "refresh", concern);
        await PressAsync(Adviser, "close", Guid.NewGuid(), concern.Version);
        await InvokeAsync(null, "acknowledge", new JsonObject { ["rufa"] = "escalation", ["concern"] = concern.Id.ToString("D"), ["version"] = concern.Version });

        // Once per sender and version: the adviser's two attempts are one entry; the sender without an id is another.
        var trail = (await LoadAsync(concern.Id)).Events.Where(e => e.Kind == ConcernEventKind.OutsiderRefused).ToList();
        Assert.Equal(2, trail.Count);
        var keys = App.Services.GetRequiredService<ReporterKeys>();
        Assert.Equal([keys.Actor(Adviser), null], trail.Select(e => e.ActorKey));
        Assert.All(trail, e => Assert.Equal(ConcernRole.System, e.ActorRole));
        Assert.Equal(["escalate", "acknowledge"], trail.Select(e => e.Note));
        // Audit only: the focal points' card does not list it.
        Assert.DoesNotContain("probe", CardOf((await PressAsync(Fp1, "refresh", concern)).Body).ToJsonString());

        var warnings = Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Text.Contains("no part in a concern", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Single(warnings, w => w.Text.Contains("(unknown_concern)", StringComparison.Ordinal));
        foreach (var secret in new[] { concern.Reference, concern.Id.ToString(), Adviser, keys.Actor(Adviser), "probe" })
            Assert.DoesNotContain(warnings, w => w.Text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        // Other tests may count refusals at the same time: these reasons must be among what was counted, each with its tag alone.
        Assert.All(measured, tags => Assert.Equal(["reason"], tags.Select(t => t.Key)));
        var reasons = measured.Select(tags => (string?)tags[0].Value).ToList();
        Assert.Contains("outsider", reasons);
        Assert.Contains("unknown_concern", reasons);
        Assert.All(reasons, r => Assert.Contains(r, EscalationTelemetry.RefusalReasons));
    }

    [Fact]
    public async Task OldCardOfAPurgedConcern_ShowsNothing_AndLeavesNoActorInItsTrail()
    {
        var concern = await SubmitAsync(change: Mild);
        await PressAsync(Fp1, "close", concern, ("closeOutcome", "Duplicate"), ("closeReason", "seen before"));
        await using (var db = NewContext())
        {
            var stored = await db.Concerns.Include(c => c.Events).SingleAsync(c => c.Id == concern.Id);
            stored.Purge(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var (_, body) = await PressAsync(Fp1, "refresh", await LoadAsync(concern.Id));

        Assert.Contains("not available to you", CardOf(body).ToJsonString());
        Assert.DoesNotContain((await LoadAsync(concern.Id)).Events, e => e.Kind == ConcernEventKind.OutsiderRefused);
    }

    private LogCapture Logs { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);

    public static TheoryData<string, string> Malformed() => new()
    {
        { "no concern id", """{"rufa":"escalation","version":2}""" },
        { "id not a guid", """{"rufa":"escalation","concern":"HR-1234","version":2}""" },
        { "id as a number", """{"rufa":"escalation","concern":42,"version":2}""" },
        { "version as text", """{"rufa":"escalation","concern":"{id}","version":"2"}""" },
        { "version fractional", """{"rufa":"escalation","concern":"{id}","version":2.5}""" },
        { "input not text", """{"rufa":"escalation","concern":"{id}","version":{version},"escalateReason":{"x":1}}""" },
    };

    [Theory, MemberData(nameof(Malformed))]
    public async Task MalformedPayload_IsRefused_AndChangesNothing(string why, string data)
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);
        var json = JsonNode.Parse(data.Replace("{id}", concern.Id.ToString("D")).Replace("{version}", concern.Version.ToString()))!.AsObject();

        var (status, body) = await InvokeAsync(Fp1, "escalate", json);

        Assert.Equal(200, status);
        Assert.True((int?)body["statusCode"] == 400, why);
        Assert.Equal(before, await SnapshotAsync(concern.Id));
    }

    [Theory]
    [InlineData("escalate", "")]
    [InlineData("close", "closeReason")]
    [InlineData("close", "closeOutcome")]
    [InlineData("refer", "referTo")]
    public async Task MissingInput_IsRefusedWithTheField_AndChangesNothing(string verb, string present)
    {
        var concern = await SubmitAsync(change: Mild);
        await PressAsync(Fp1, "acknowledge", concern);
        concern = await LoadAsync(concern.Id);
        var before = await SnapshotAsync(concern.Id);
        (string, string)[] inputs = present switch
        {
            "closeReason" => [("closeReason", "because")],
            "closeOutcome" => [("closeOutcome", "Duplicate"), ("closeReason", "   ")],
            "referTo" => [("referTo", "OHCHR")],
            _ => [],
        };

        (_, var body) = await PressAsync(Fp1, verb, concern, inputs);

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("Please fill in", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task CloseWithAnOutcomeThatIsNotOne_ChangesNothing()
    {
        var concern = await SubmitAsync(change: Mild);
        var before = await SnapshotAsync(concern.Id);

        await PressAsync(Fp1, "close", concern, ("closeOutcome", "1"), ("closeReason", "x"));

        Assert.Equal(before, await SnapshotAsync(concern.Id));
    }

    [Fact]
    public async Task ActionNotValidInTheStatus_ChangesNothing()
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);

        // Refer needs an acknowledged concern.
        (_, var body) = await PressAsync(Fp1, "refer", concern, ("referTo", "OHCHR"), ("referReason", "mandate"));

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("not possible while the concern is New", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task InvokeWithoutAUserId_IsAnOutsider_AndChangesNothing()
    {
        var concern = await SubmitAsync();
        var before = await SnapshotAsync(concern.Id);

        var (_, body) = await InvokeAsync(null, "acknowledge", new JsonObject { ["rufa"] = "escalation", ["concern"] = concern.Id.ToString("D"), ["version"] = concern.Version });

        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("not available to you", CardOf(body).ToJsonString());
    }
}
