using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.EarlyWarning.Relations;
using RufaBot.Escalation.Outbox;
using RufaBot.Storage;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Journeys;

/// <summary>
/// The real bot with a routing table of named people per tier (the default route of each tier), the outbox delivering
/// to the fake Connector, and helpers to submit a concern, press a card button as a given person (a real
/// <c>adaptiveCard/action</c> invoke POSTed to /api/messages) and compare the stored concern before and after.
/// </summary>
public abstract class EscalationBot : RunningBot
{
    // Entra object ids are GUIDs (routing validates them); the last digits say who is who.
    public const string Fp1 = "00000000-0000-0000-0000-0000000000f1", Fp2 = "00000000-0000-0000-0000-0000000000f2",
        Backup = "00000000-0000-0000-0000-0000000000f3", Adviser = "00000000-0000-0000-0000-0000000000b2",
        Regional = "00000000-0000-0000-0000-0000000000b3", Hq = "00000000-0000-0000-0000-0000000000b4",
        Security = "00000000-0000-0000-0000-0000000000b0";
    public const string ReporterAad = "aad-reporter-7f3c";
    public const string ReporterName = "Zanele Reporter-Name";

    protected override IReadOnlyDictionary<string, string?> Settings => Routing(new Dictionary<string, string?>
    {
        ["B0"] = $"{Security}|Sam Security",
        ["B1"] = $"{Fp1}|Fatou Diop,{Fp2}|Gael Martin;{Backup}|Hana Ito",
        ["B2"] = $"{Adviser}|Irene Adviser",
        ["B3"] = $"{Regional}|Rafael Review",
        ["B4"] = $"{Hq}|Hiro Headquarters",
    });

    /// <summary>Tier → "id|name,id|name;backupId|backupName", written as the configuration keys of the default routes.</summary>
    private protected static IReadOnlyDictionary<string, string?> Routing(IReadOnlyDictionary<string, string?> tiers)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (tier, spec) in tiers)
        {
            var parts = spec!.Split(';');
            var people = parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < people.Length; i++)
            {
                var (id, name) = Person(people[i]);
                settings[$"Escalation:Routing:Tiers:{tier}:Default:FocalPoints:{i}:AadObjectId"] = id;
                settings[$"Escalation:Routing:Tiers:{tier}:Default:FocalPoints:{i}:DisplayName"] = name;
            }
            if (parts.Length > 1)
            {
                var (id, name) = Person(parts[1]);
                settings[$"Escalation:Routing:Tiers:{tier}:Default:Backup:AadObjectId"] = id;
                settings[$"Escalation:Routing:Tiers:{tier}:Default:Backup:DisplayName"] = name;
            }
        }
        return settings;
    }

    private static (string, string) Person(string spec) => (spec.Split('|')[0], spec.Split('|')[1]);

    /// <summary>The focal points have installed the app: RufaBot knows their personal chats (<c>a:chat-{id}</c>).</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var aad in new[] { Fp1, Fp2, Backup, Adviser, Regional, Hq, Security })
        {
            var install = Payloads.Load("personal-installationUpdate-add", Connector.ServiceUrl, conversationId: "a:chat-" + aad);
            install["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
            (await Bot.PostAsJsonAsync("/api/messages", install)).EnsureSuccessStatusCode();
        }
    }

    private protected ConcernService Concerns => App.Services.GetRequiredService<ConcernService>();

    private protected string ReporterChat { get; } = "a:reporter-chat-" + Guid.NewGuid().ToString("N");

    /// <summary>A concern submitted through the service (the chat's own path is covered by the journey test).</summary>
    private protected async Task<Concern> SubmitAsync(ConsentMode consent = ConsentMode.Confidential, Func<ConcernIntake, ConcernIntake>? change = null,
        string? reporterLocale = null, bool compareRelated = true)
    {
        var intake = ConcernIntake.From(IntakeAnswers.Full()) with { Consent = consent };
        intake = change?.Invoke(intake) ?? intake;
        var reporter = new ReporterInfo(ReporterAad, ReporterName, new ReporterConversation(Connector.ServiceUrl.ToString(), ReporterChat, "tenant-1", reporterLocale));
        var reference = await Concerns.SubmitAsync(intake, reporter, Guid.NewGuid().ToString("N"), CancellationToken.None);
        if (compareRelated)
            await CompareRelatedConcernsAsync();
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Reference == reference);
    }

    /// <summary>A milder concern (S1-S3): no two-person rule.</summary>
    private protected static ConcernIntake Mild(ConcernIntake intake) => intake with
    {
        Categories = [ConcernCategory.Discrimination],
        Status = SituationStatus.Past,
        AffectedCount = AffectedCount.One,
        Groups = [],
    };

    private protected RufaDbContext NewContext() => App.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();

    private protected async Task<Concern> LoadAsync(Guid id)
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Id == id);
    }

    /// <summary>
    /// Everything an action could change, as one string: the concern row, its trail, decisions, participants and the
    /// outbox. Audit entries of reads and of outsiders' attempts are left out: recording them is not a change.
    /// </summary>
    private protected async Task<string> SnapshotAsync(Guid id)
    {
        await using var db = NewContext();
        var c = await db.Concerns.Include(x => x.Events).AsNoTracking().SingleAsync(x => x.Id == id);
        var outbox = await db.Set<OutboxMessage>().CountAsync();
        return string.Join("|", c.Status, c.Tier, c.Version, c.UpdatedAt.UtcTicks, c.CloseRequestedBy, c.RoutingKey, c.ReferredTo,
            c.Events.Count(e => e.Kind is not (ConcernEventKind.Viewed or ConcernEventKind.OutsiderRefused)), c.Decisions.Count,
            string.Join(",", c.Participants.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Assigned}:{p.Conflicted}:{p.Tier}")), outbox);
    }

    /// <summary>Presses a card button as <paramref name="aad"/>: a real invoke POST. Returns the HTTP status and the invoke body.</summary>
    private protected async Task<(int Status, JsonObject Body)> InvokeAsync(string? aad, string verb, JsonObject data, string? conversationId = null)
    {
        var activity = Payloads.Load("personal-invoke-adaptiveCard-action", Connector.ServiceUrl, conversationId: conversationId ?? "a:chat-" + aad);
        activity["from"] = aad is null ? new JsonObject { ["id"] = "29:someone" } : new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        var response = await Bot.PostAsJsonAsync("/api/messages", activity);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject());
    }

    private protected Task<(int Status, JsonObject Body)> PressAsync(string aad, string verb, Concern concern, params (string Id, string Value)[] inputs) =>
        PressAsync(aad, verb, concern.Id, concern.Version, inputs);

    private protected Task<(int Status, JsonObject Body)> PressAsync(string aad, string verb, Guid id, long version, params (string Id, string Value)[] inputs)
    {
        var data = new JsonObject { ["rufa"] = "escalation", ["concern"] = id.ToString("D"), ["version"] = version };
        foreach (var (key, value) in inputs)
            data[key] = value;
        return InvokeAsync(aad, verb, data);
    }

    /// <summary>The card of an invoke answer (asserting it is one).</summary>
    private protected static JsonObject CardOf(JsonObject body)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal(200, (int?)body["statusCode"]);
        return body["value"]!.AsObject();
    }

    /// <summary>
    /// Works every queued related-concerns comparison now, as the background worker would after the submitter's turn;
    /// when this returns, whatever the worker may have been doing meanwhile is committed too.
    /// </summary>
    private protected async Task CompareRelatedConcernsAsync()
    {
        var worker = App.Services.GetRequiredService<RelationWorker>();
        while (await worker.RunOnceAsync(CancellationToken.None))
        {
        }
    }

    /// <summary>Waits until the outbox has delivered everything queued so far, the related-concerns cards included.</summary>
    private protected async Task DrainOutboxAsync(int seconds = 15)
    {
        await CompareRelatedConcernsAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            await using var db = NewContext();
            if (!await db.Set<OutboxMessage>().AnyAsync(m => m.DeliveredAt == null))
                return;
            await Task.Delay(50);
        }
        await using var left = NewContext();
        var waiting = await left.Set<OutboxMessage>().Where(m => m.DeliveredAt == null)
            .Select(m => new { m.Purpose, m.Attempts, m.LastFailure }).ToListAsync();
        var summary = string.Join("; ", waiting.GroupBy(m => $"{m.Purpose} after {m.Attempts} attempts ({m.LastFailure ?? "none failed"})")
            .Select(g => $"{g.Count()} × {g.Key}"));
        Assert.Fail($"The outbox did not deliver everything within {seconds} s: {summary}.");
    }

    /// <summary>Verbs present as Action.Execute anywhere in the card (buttons and the forms under them).</summary>
    private protected static IReadOnlyList<string> Verbs(JsonObject card) =>
        [.. Descendants(card).Where(n => (string?)n["type"] == "Action.Execute").Select(n => (string)n["verb"]!).Where(v => v != "refresh").Distinct()];

    private protected static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o)
                    foreach (var d in Descendants(child))
                        yield return d;
                break;
            case JsonArray a:
                foreach (var child in a)
                    foreach (var d in Descendants(child))
                        yield return d;
                break;
        }
    }
}
