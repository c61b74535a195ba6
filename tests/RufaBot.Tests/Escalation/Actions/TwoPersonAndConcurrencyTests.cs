using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Actions;

/// <summary>The two-person close of critical concerns at intake, and exactly one transition under double and concurrent clicks.</summary>
public sealed class TwoPersonAndConcurrencyTests : EscalationBot
{
    [Fact]
    public async Task ClosingACriticalConcernAtIntake_NeedsASecondFocalPoint()
    {
        var concern = await SubmitAsync();
        Assert.Equal((Severity.S4, EscalationTier.B1), (concern.Severity, concern.Tier));

        (_, var first) = await PressAsync(Fp1, "close", concern, ("closeOutcome", "NotSubstantiated"), ("closeReason", "No corroboration found"));
        var requested = await LoadAsync(concern.Id);
        Assert.NotEqual(ConcernStatus.Closed, requested.Status);
        Assert.Contains("a second assigned focal point must confirm", CardOf(first).ToJsonString());
        Assert.DoesNotContain("confirmClose", Verbs(CardOf(first)));

        var before = await SnapshotAsync(concern.Id);
        (_, var same) = await PressAsync(Fp1, "confirmClose", requested);
        Assert.Equal(before, await SnapshotAsync(concern.Id));
        Assert.Contains("a different assigned focal point must confirm it", CardOf(same).ToJsonString());

        (_, var second) = await PressAsync(Fp2, "confirmClose", requested);
        var closed = await LoadAsync(concern.Id);
        Assert.Equal(ConcernStatus.Closed, closed.Status);
        Assert.Equal([DecisionKind.CloseRequested, DecisionKind.Closed], closed.Decisions.Select(d => d.Kind));
        Assert.NotEqual(closed.Decisions[0].ActorKey, closed.Decisions[1].ActorKey);
        Assert.Contains("No corroboration found", CardOf(second).ToJsonString());
    }

    [Fact]
    public async Task AnyOtherTransition_CancelsAPendingClose()
    {
        var concern = await SubmitAsync();
        await PressAsync(Fp1, "close", concern, ("closeOutcome", "Duplicate"), ("closeReason", "Same as HR-AAAA-BBBB"));

        await PressAsync(Fp2, "acknowledge", await LoadAsync(concern.Id));

        var stored = await LoadAsync(concern.Id);
        Assert.Null(stored.CloseRequestedBy);
        Assert.Null(stored.PendingClose);
    }

    [Fact]
    public async Task DoubleClick_MakesOneTransition()
    {
        var concern = await SubmitAsync();

        var first = await PressAsync(Fp1, "acknowledge", concern);
        var second = await PressAsync(Fp1, "acknowledge", concern);

        Assert.Single((await LoadAsync(concern.Id)).Events, e => e.Kind == ConcernEventKind.Acknowledged);
        Assert.Contains("This card was out of date: Acknowledged by a country focal point", CardOf(second.Body).ToJsonString());
        Assert.Contains("Acknowledged. The reporter", CardOf(first.Body).ToJsonString());
    }

    [Fact]
    public async Task TwoFocalPointsEscalatingAtOnce_MakeOneTransition()
    {
        for (var round = 0; round < 5; round++)
        {
            var concern = await SubmitAsync();

            var results = await Task.WhenAll(
                Task.Run(() => PressAsync(Fp1, "escalate", concern, ("escalateReason", "first"))),
                Task.Run(() => PressAsync(Fp2, "escalate", concern, ("escalateReason", "second"))));

            var stored = await LoadAsync(concern.Id);
            Assert.Single(stored.Events, e => e.Kind == ConcernEventKind.Escalated);
            Assert.Equal(EscalationTier.B2, stored.Tier);
            var texts = results.Select(r => CardOf(r.Body).ToJsonString()).ToList();
            Assert.True(texts.Count(t => t.Contains("Escalated to the country level")) == 1, string.Join("\n\n", texts));
            Assert.Single(results, r => CardOf(r.Body).ToJsonString().Contains("This card was out of date"));
        }
    }
}
