using System.Net;
using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Web;

/// <summary>
/// The intake as web pages, over HTTP: the same dialog to a receipt, the consent question answered by the door
/// itself, errors tied to their fields, the browser's language, a draft that cannot be forged or kept, and the
/// concern reaching the tier-1 focal point's chat like any other.
/// </summary>
public sealed class WebIntakeTests : EscalationBot
{
    [Fact]
    public async Task AWebIntake_ReachesAReceipt_AndTheFocalPointGetsTheCard()
    {
        var door = new DoorBrowser(Bot);
        await door.GetAsync();
        Assert.Contains("href=\"/report/safer\"", door.Html, StringComparison.Ordinal);

        await (await door.StartAsync()).AnswerUntilSummaryAsync();
        Assert.DoesNotContain(IntakeSteps.Consent, door.Asked);
        Assert.Contains("Anonymous with no link", door.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"edit:consent\"", door.Html, StringComparison.Ordinal);
        await door.SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, door.Status);
        Assert.Matches("^HR-[0-9A-Z]{4}-[0-9A-Z]{4}$", door.Reference);
        Assert.Matches("^[0-9a-z]{5}-[0-9a-z]{5}-[0-9a-z]{5}-[0-9a-z]{5}$", door.Passphrase);
        Assert.Contains("only this once", door.Html, StringComparison.Ordinal);
        await using var db = NewContext();
        var concern = await db.Concerns.AsNoTracking().SingleAsync(c => c.Reference == door.Reference);
        Assert.Equal(ConsentMode.Unlinked, concern.Consent);
        Assert.False(await db.ReporterLinks.AnyAsync(l => l.ConcernId == concern.Id));
        await DrainOutboxAsync();
        Assert.Contains(Connector.ActivitiesTo("a:chat-" + Fp1), a => a.ToJsonString().Contains(door.Reference!, StringComparison.Ordinal));
        Assert.NotNull(await Concerns.FollowUpAsync(door.Reference!, door.Passphrase!, null, CancellationToken.None));
    }

    [Fact]
    public async Task TheWebIntake_CountsItsQuestions_AndOffersMoreDetails_WhichLeadBackToTheSummary()
    {
        var door = new DoorBrowser(Bot);
        await door.StartAsync();
        Assert.Contains("<p class=\"progress\">Question 1 of 6</p>", door.Html, StringComparison.Ordinal);

        await door.AnswerUntilSummaryAsync();
        Assert.Contains(">Add more details</button>", door.Html, StringComparison.Ordinal);
        await door.AnswerAsync(("summary", "more"));
        Assert.Contains("<p class=\"progress\">More details: question 1 of 12</p>", door.Html, StringComparison.Ordinal);
        await door.AnswerAsync(("categories", "killings"));
        await door.AnswerAsync(("_do", "Review"));
        Assert.True(door.IsSummary, door.Html);
        await door.SubmitAsync();

        await using var db = NewContext();
        Assert.True(await db.Concerns.AsNoTracking().AnyAsync(c => c.Reference == door.Reference));
    }

    [Fact]
    public async Task AnEmergencyAnswer_OnTheWeb_AlertsAtOnce_AndTheSubmissionCutsItsLink()
    {
        var door = await new DoorBrowser(Bot).StartAsync();
        await door.AnswerAsync(("danger", "yes"));

        Assert.Contains("I have alerted the emergency focal point now", door.Html, StringComparison.Ordinal);
        Assert.Contains("Contact your UN security focal point or UNDSS now", door.Html, StringComparison.Ordinal);
        await DrainOutboxAsync();
        Assert.NotEmpty(Connector.ActivitiesTo("a:chat-" + Security));
        await using (var db = NewContext())
            Assert.Equal(ConsentMode.Anonymous, (await db.Concerns.AsNoTracking().SingleAsync()).Consent);

        await door.AnswerUntilSummaryAsync(new Dictionary<string, string> { ["danger"] = "yes" });
        await door.SubmitAsync();

        await using var after = NewContext();
        var concern = await after.Concerns.AsNoTracking().SingleAsync();
        Assert.Equal(door.Reference, concern.Reference);
        Assert.Equal(ConsentMode.Unlinked, concern.Consent);
        Assert.False(await after.ReporterLinks.AnyAsync());
    }

    [Fact]
    public async Task ARefusedAnswer_IsShownBesideItsField_AndPutBackInTheBox()
    {
        var back = new DoorBrowser(Bot);
        await (await back.StartAsync()).AnswerAsync(("danger", "no"));
        await back.AnswerAsync(("safeToTalk", "yes"));

        await back.AnswerAsync(("what", "too short"));

        Assert.Equal("what", back.StepId);
        Assert.Contains("id=\"q-what-error\"", back.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"q-what-help q-what-error\" aria-invalid=\"true\"", back.Html, StringComparison.Ordinal);
        Assert.Contains(">too short</textarea>", back.Html, StringComparison.Ordinal);
        Assert.Contains("<title>Error:", back.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePages_SpeakTheBrowsersLanguage()
    {
        Bot.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE, fr-CA;q=0.8, en;q=0.5");
        var door = await new DoorBrowser(Bot).StartAsync();

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", door.Html, StringComparison.Ordinal);
        Assert.Contains("Quelqu'un", System.Net.WebUtility.HtmlDecode(door.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePages_InArabic_RunRightToLeft()
    {
        Bot.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar-EG, en;q=0.5");
        var door = await new DoorBrowser(Bot).StartAsync();

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", door.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedOrMissingDraft_KeepsNothing_AndOffersAFreshStart()
    {
        var door = await new DoorBrowser(Bot).StartAsync();
        var token = door.State!;

        await door.PostAsync("", ("_door", token[..^4] + "AAAA"), ("danger", "no"));
        Assert.Equal(HttpStatusCode.BadRequest, door.Status);
        Assert.Contains("has expired or could not be read", door.Html, StringComparison.Ordinal);
        await door.PostAsync("", ("danger", "no"));
        Assert.Equal(HttpStatusCode.BadRequest, door.Status);
    }

    [Fact]
    public async Task Cancel_AsksFirst_ThenKeepsNothing()
    {
        var door = await new DoorBrowser(Bot).StartAsync();
        await door.AnswerAsync(("_do", "Cancel"));
        Assert.Equal("$cancel", door.StepId);

        await door.AnswerAsync(("$cancel", "yes"));

        Assert.Contains("Nothing was sent", door.Html, StringComparison.Ordinal);
        Assert.Null(door.State);
        await using var db = NewContext();
        Assert.False(await db.Concerns.AnyAsync());
    }

    [Fact]
    public async Task EveryDoorResponse_CarriesTheSecurityHeaders_EvenANotFound()
    {
        foreach (var relative in new[] { "", "/safer", "/follow-up", "/door.css", "/no-such-page" })
        {
            using var response = await Bot.GetAsync("/report" + relative);
            Assert.Equal("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
                response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
        using var css = await Bot.GetAsync("/report/door.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }
}
