using System.Net;
using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Web;

/// <summary>
/// The follow-up page: a focal point's question, asked from the card, waits there for the person, and their answer
/// reaches the card; the card tells the focal point the question waits for the reporter's next visit.
/// </summary>
public sealed class WebFollowUpTests : EscalationBot
{
    [Fact]
    public async Task AFocalPointsQuestion_IsAnsweredOnTheFollowUpPage_AndTheAnswerReachesTheCard()
    {
        var door = new DoorBrowser(Bot);
        await (await door.StartAsync()).AnswerUntilSummaryAsync();
        await door.SubmitAsync();
        var (reference, passphrase) = (door.Reference!, door.Passphrase!);
        await DrainOutboxAsync();
        var concern = await LoadAsync(reference);
        await PressAsync(Fp1, "acknowledge", concern);
        var (_, asked) = await PressAsync(Fp1, "askReporter", await LoadAsync(reference), ("question", "Which market was it?"));
        Assert.Contains("will see it when they next check in", asked.ToJsonString(), StringComparison.Ordinal);

        await door.GetAsync("/follow-up");
        await door.PostAsync("/follow-up", ("reference", reference.ToLowerInvariant()), ("passphrase", passphrase.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, door.Status);
        Assert.Contains("A focal point has a question for you", door.Html, StringComparison.Ordinal);
        Assert.Contains("Which market was it?", door.Html, StringComparison.Ordinal);

        await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", passphrase), ("information", "The cattle market, north of the bridge."));
        Assert.Contains("It was added", door.Html, StringComparison.Ordinal);
        Assert.Contains("you added information: The cattle market, north of the bridge.", door.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("has a question for you", door.Html, StringComparison.Ordinal);
        await DrainOutboxAsync();
        Assert.Contains(Connector.ActivitiesTo("a:chat-" + Fp1), a => a.ToJsonString().Contains("The cattle market, north of the bridge.", StringComparison.Ordinal));
    }

    private async Task<Concern> LoadAsync(string reference)
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Reference == reference);
    }
}
