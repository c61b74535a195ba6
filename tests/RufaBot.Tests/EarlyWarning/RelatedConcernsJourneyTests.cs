using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.EarlyWarning.Patterns;
using RufaBot.EarlyWarning.Relations;
using RufaBot.Escalation.Outbox;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>
/// The acceptance of issue 22, points 1 and 2, on the real bot: three similar concerns from one country are linked on
/// the cards of the focal points holding them and make one pattern alert at the B2 route and the B3 secretariat,
/// alerted once; a dismissed link stays dismissed; only a focal point holding both concerns decides.
/// </summary>
public sealed class RelatedConcernsJourneyTests : EscalationBot
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        // The test runs the check itself, so that it knows when it ran.
        ["EarlyWarning:Patterns:Enabled"] = "false",
        ["EarlyWarning:CheckIns:Enabled"] = "false",
        ["EarlyWarning:Brief:ScheduleEnabled"] = "false",
        // The test works the queued comparisons itself (CompareRelatedConcernsAsync), so that it sees the queue.
        ["EarlyWarning:Relations:WorkerEnabled"] = "false",
    };

    // The submission only queues the comparison; reading and decrypting the candidates happens after the turn.
    [Fact]
    public async Task TheComparison_IsQueuedInTheSubmission_AndWorkedAfterIt()
    {
        var first = await SubmitAsync(change: Mild);
        var second = await SubmitAsync(change: Mild, compareRelated: false);

        await using (var db = NewContext())
        {
            Assert.Empty(await db.Set<ConcernRelation>().ToListAsync());
            Assert.Equal(second.Id, Assert.Single(await db.Set<RelationCheck>().ToListAsync()).ConcernId);
        }
        await CompareRelatedConcernsAsync();
        await using (var db = NewContext())
        {
            var relation = Assert.Single(await db.Set<ConcernRelation>().ToListAsync());
            Assert.Equal((second.Id, first.Id), (relation.ConcernId, relation.RelatedConcernId));
            Assert.Empty(await db.Set<RelationCheck>().ToListAsync());
        }
        // Worked once: a second run finds nothing to do and links nothing twice.
        await CompareRelatedConcernsAsync();
        await using (var again = NewContext())
            Assert.Single(await again.Set<ConcernRelation>().ToListAsync());
    }

    // A check that cannot be worked (here: a narrative that no longer decrypts) must not hold up the others.
    [Fact]
    public async Task ACheckThatFails_IsPostponed_AndTheChecksBehindItAreWorked()
    {
        var broken = await SubmitAsync(change: Mild, compareRelated: false);
        await using (var db = NewContext())
            await db.Database.ExecuteSqlAsync($"UPDATE \"Concerns\" SET \"Description\" = 'not a protected payload' WHERE \"Reference\" = {broken.Reference}");
        var elsewhere = await SubmitAsync(change: i => Mild(i) with { CountryCode = "ml" }, compareRelated: false);

        Assert.True(await App.Services.GetRequiredService<RelationWorker>().RunOnceAsync(CancellationToken.None));

        await using var after = NewContext();
        var left = Assert.Single(await after.Set<RelationCheck>().ToListAsync());
        Assert.Equal(broken.Id, left.ConcernId);
        Assert.True(left.DueAt > DateTimeOffset.UtcNow.AddSeconds(30), "the failed check waits, so it is not first in line again at once");
        Assert.DoesNotContain(await after.Set<RelationCheck>().Select(c => c.ConcernId).ToListAsync(), id => id == elsewhere.Id);
        // Not due yet: the next round leaves it alone.
        Assert.False(await App.Services.GetRequiredService<RelationWorker>().RunOnceAsync(CancellationToken.None));
    }

    // Many reports of one event: each new one links to its best MaxLinks matches (3), not to every earlier report, and
    // each focal point gets one card per new report listing its links, not one card per link.
    [Fact]
    public async Task AFifthSimilarConcern_IsLinkedToThreeEarlierOnes_NotToAll()
    {
        var concerns = new List<Concern>();
        for (var i = 0; i < 5; i++)
            concerns.Add(await SubmitAsync(change: Mild));

        await using var db = NewContext();
        var relations = await db.Set<ConcernRelation>().ToListAsync();
        Assert.Equal([0, 1, 2, 3, 3], concerns.Select(c => relations.Count(r => r.ConcernId == c.Id)));
        Assert.Equal(4 * 2, await db.Set<OutboxMessage>().CountAsync(m => m.Purpose == RelatedConcerns.Purpose));
    }

    [Fact]
    public async Task ThreeSimilarConcerns_AreLinked_AndMakeOnePatternAlert_AtB2AndB3_Once()
    {
        var first = await SubmitAsync(change: Mild);
        var second = await SubmitAsync(change: Mild);
        var third = await SubmitAsync(change: Mild);

        await using (var db = NewContext())
        {
            var relations = await db.Set<ConcernRelation>().ToListAsync();
            Assert.Equal(3, relations.Count);
            Assert.All(relations, r => Assert.Equal(RelationState.Suggested, r.State));
            Assert.Contains(relations, r => r.ConcernId == third.Id && r.RelatedConcernId == first.Id);
            // Both B1 focal points hold every concern: each gets one card per concern that found links (the second, the third).
            Assert.Equal(4, await db.Set<OutboxMessage>().CountAsync(m => m.Purpose == RelatedConcerns.Purpose));
        }
        await DrainOutboxAsync();
        foreach (var focalPoint in new[] { Fp1, Fp2 })
        {
            var cards = CardsSentTo(focalPoint).Where(c => c.ToJsonString().Contains("is possibly related to")).ToList();
            Assert.Equal(2, cards.Count);
            var thirdsCard = cards.Single(c => c.ToJsonString().Contains($"{third.Reference} is possibly related to"));
            Assert.Contains($"{third.Reference} is possibly related to {first.Reference}", thirdsCard.ToJsonString());
            Assert.Contains($"{third.Reference} is possibly related to {second.Reference}", thirdsCard.ToJsonString());
            var text = string.Join("\n", cards.Select(c => c.ToJsonString()));
            Assert.DoesNotContain("Kalemie", text);
            Assert.DoesNotContain(ReporterName, text);
            CardDump.Write("early-warning-relation", thirdsCard);
        }

        var check = App.Services.GetRequiredService<PatternCheck>();
        Assert.Equal(1, await check.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await check.RunOnceAsync(CancellationToken.None));

        await using (var db = NewContext())
        {
            var alerts = await db.Set<OutboxMessage>().Where(m => m.Purpose == PatternCheck.Purpose).ToListAsync();
            Assert.Equal([Adviser, Regional], alerts.Select(m => m.Recipient.AadObjectId!).Order());
            await DrainOutboxAsync();
            var card = Assert.Single(CardsSentTo(Adviser), c => c.ToJsonString().Contains("Early-warning pattern"));
            Assert.Single(CardsSentTo(Regional), c => c.ToJsonString().Contains("Early-warning pattern"));
            var text = card.ToJsonString();
            Assert.Contains("Early-warning pattern", text);
            Assert.Contains("RF9", text);
            Assert.DoesNotContain("Kalemie", text);
            Assert.DoesNotContain(IntakeAnswers.Narrative, text);
            Assert.DoesNotContain(ReporterName, text);
            // The adviser holds none of these concerns yet: no reference to open.
            Assert.DoesNotContain(first.Reference, text);
            CardDump.Write("early-warning-pattern", card);
            Assert.Single(await db.Set<PatternAlert>().ToListAsync());
        }

        // The pattern changes with a fourth concern: alerted again, once.
        await SubmitAsync(change: Mild);
        Assert.Equal(1, await check.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await check.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ADismissedLink_StaysDismissed_AndAConfirmedOne_ShowsOnBothCardsAndTrails()
    {
        var first = await SubmitAsync(change: Mild);
        var second = await SubmitAsync(change: Mild);
        var link = await LinkAsync(second.Id, first.Id);

        // Someone without both concerns may not decide (the same answer as for a link that does not exist).
        var outsider = await DecideAsync(Hq, link, "confirm");
        Assert.Contains("not one you can see", outsider);
        Assert.Equal(RelationState.Suggested, (await LinkAsync(second.Id, first.Id)).State);

        var dismissed = await DecideAsync(Fp1, link, "dismiss");
        Assert.Contains("Link dismissed", dismissed);
        var again = await DecideAsync(Fp2, link, "confirm");
        Assert.Contains("already dismissed", again);
        Assert.Equal(RelationState.Dismissed, (await LinkAsync(second.Id, first.Id)).State);

        // A new concern is compared again with both, but the dismissed pair is never suggested anew.
        var third = await SubmitAsync(change: Mild);
        await using (var db = NewContext())
            Assert.Equal(3, await db.Set<ConcernRelation>().CountAsync());
        var confirmed = await DecideAsync(Fp2, await LinkAsync(third.Id, first.Id), "confirm");
        Assert.Contains("Link confirmed", confirmed);

        var firstNow = await LoadAsync(first.Id);
        var thirdNow = await LoadAsync(third.Id);
        Assert.Contains(firstNow.Events, e => e.Kind == ConcernEventKind.RelationConfirmed && e.Note == third.Reference);
        Assert.Contains(thirdNow.Events, e => e.Kind == ConcernEventKind.RelationConfirmed && e.Note == first.Reference);
        Assert.Contains(firstNow.Events, e => e.Kind == ConcernEventKind.RelationDismissed && e.Note == second.Reference);

        // The escalation card of each now says so in its history.
        await using (var db = NewContext())
        {
            await DrainOutboxAsync();
            var escalationCard = AllCards().Last(c => c.ToJsonString().Contains(first.Reference) && c.ToJsonString().Contains("Related concern confirmed")).ToJsonString();
            Assert.Contains(third.Reference, escalationCard);
        }
    }

    /// <summary>The cards delivered to a person's chat, posted or updated, oldest first.</summary>
    private List<JsonObject> CardsSentTo(string aad) =>
    [
        .. Connector.Requests.Where(r => r.PathAndQuery.Contains(Uri.EscapeDataString("a:chat-" + aad), StringComparison.Ordinal) && r.Body.Length > 0)
            .Select(r => JsonNode.Parse(r.Body)!["attachments"]?[0]?["content"]).OfType<JsonObject>(),
    ];

    private List<JsonObject> AllCards() =>
        [.. Connector.Requests.Where(r => r.Body.Length > 0).Select(r => JsonNode.Parse(r.Body)!["attachments"]?[0]?["content"]).OfType<JsonObject>()];

    private async Task<ConcernRelation> LinkAsync(Guid newer, Guid older)
    {
        await using var db = NewContext();
        return await db.Set<ConcernRelation>().SingleAsync(r => r.ConcernId == newer && r.RelatedConcernId == older);
    }

    private async Task<string> DecideAsync(string aad, ConcernRelation relation, string decision)
    {
        var t = new Transcript(Bot, Connector);
        var activity = t.Activity(new JsonObject { ["value"] = new JsonObject { ["rufa"] = "relation", ["concern"] = relation.ConcernId.ToString("D"), ["related"] = relation.RelatedConcernId.ToString("D"), ["decision"] = decision } });
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await t.Collect();
        // Cards queued for this person may arrive in this chat too: it is now the last one RufaBot knows for them.
        return string.Join("\n", t.LastReplies.Select(r => r.ToJsonString()));
    }
}
