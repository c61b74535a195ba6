using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Escalation.Actions;

/// <summary>Every card action through a real <c>adaptiveCard/action</c> invoke, checked in the database and on the card answered.</summary>
public sealed class CardActionTests : EscalationBot
{
    [Fact]
    public async Task Submission_AssignsTheEntryTier_AndQueuesACardForEachFocalPoint()
    {
        var concern = await SubmitAsync();

        Assert.Equal(EscalationTier.B1, concern.Tier);
        Assert.Equal("default", concern.RoutingKey);
        Assert.Equal([Fp1, Fp2], concern.Assignees.Select(p => p.AadObjectId).Order());
        await DrainOutboxAsync();
        var cards = Connector.Requests.Where(r => r.Body.Contains(concern.Reference, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, cards.Count);
    }

    [Fact]
    public async Task ImplicatedFocalPoint_IsBypassed_ForTheBackup()
    {
        var concern = await SubmitAsync(change: i => i with { Perpetrators = Perpetrator.UnPersonnel, Implicated = ImplicatedParty.FocalPoint });

        Assert.Equal([Backup], concern.Assignees.Select(p => p.AadObjectId));
        Assert.DoesNotContain(concern.Participants, p => p.AadObjectId is Fp1 or Fp2);
        var (_, body) = await PressAsync(Backup, "refresh", concern);
        Assert.Contains("usual intake focal point is involved", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task AReporterWhoRaisedTheConcernInFrench_HearsInFrench()
    {
        var concern = await SubmitAsync(reporterLocale: "fr-FR");

        await PressAsync(Fp1, "acknowledge", concern);
        await PressAsync(Fp1, "askReporter", await LoadAsync(concern.Id), ("question", "Combien de familles ?"));

        await DrainOutboxAsync();
        var sent = Connector.ActivitiesTo(ReporterChat);
        Assert.Contains(sent, a => ((string?)a["text"])?.Contains("un point focal l'a prise en charge") == true);
        Assert.Contains(sent, a => ((string?)a["attachments"]?[0]?["content"]?["body"]?[0]?["text"])?.StartsWith("Un·e ", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(sent, a => ((string?)a["text"])?.Contains("a focal point has taken it up") == true);
    }

    [Fact]
    public async Task AFocalPointWhoseTeamsIsInFrench_GetsTheirCopyOfTheCardInFrench()
    {
        var install = Payloads.Load("personal-installationUpdate-add", Connector.ServiceUrl, conversationId: "a:chat-" + Fp1);
        install["from"] = new JsonObject { ["id"] = "29:" + Fp1, ["aadObjectId"] = Fp1, ["name"] = Fp1 };
        install["locale"] = "fr-FR";
        (await Bot.PostAsJsonAsync("/api/messages", install)).EnsureSuccessStatusCode();

        var concern = await SubmitAsync();
        await DrainOutboxAsync();

        var french = Assert.Single(Connector.ActivitiesTo("a:chat-" + Fp1), a => IsCardOf(a, concern)).ToJsonString(Unescaped);
        Assert.Contains("Préoccupation " + concern.Reference, french, StringComparison.Ordinal);
        Assert.Contains("Prendre en charge", french, StringComparison.Ordinal);
        var english = Assert.Single(Connector.ActivitiesTo("a:chat-" + Fp2), a => IsCardOf(a, concern)).ToJsonString(Unescaped);
        Assert.Contains("Concern " + concern.Reference, english, StringComparison.Ordinal);
        Assert.Contains("Acknowledge", english, StringComparison.Ordinal);
    }

    private static bool IsCardOf(JsonObject activity, Concern concern) =>
        activity["attachments"] is JsonArray { Count: > 0 } && activity.ToJsonString().Contains(concern.Reference, StringComparison.Ordinal);

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Acknowledge_ByAnAssignedFocalPoint_MovesTheConcern_AndTellsTheReporter()
    {
        var concern = await SubmitAsync();

        var (status, body) = await PressAsync(Fp1, "acknowledge", concern);

        Assert.Equal(200, status);
        var card = CardOf(body).ToJsonString();
        Assert.Contains("Acknowledged. The reporter has been told", card);
        var stored = await LoadAsync(concern.Id);
        Assert.Equal(ConcernStatus.Acknowledged, stored.Status);
        Assert.Equal(concern.Version + 1, stored.Version);
        await DrainOutboxAsync();
        Assert.Contains(Connector.ActivitiesTo(ReporterChat), a => ((string?)a["text"])?.Contains("a focal point has taken it up") == true);
    }

    [Fact]
    public async Task AskTheReporter_SendsTheQuestionToTheReporterByRoleOnly()
    {
        var concern = await SubmitAsync(ConsentMode.Anonymous, Mild);
        await PressAsync(Fp1, "acknowledge", concern);
        concern = await LoadAsync(concern.Id);

        (_, var body) = await PressAsync(Fp1, "askReporter", concern, ("question", "Which village exactly?"));

        Assert.Equal(ConcernStatus.InformationRequested, (await LoadAsync(concern.Id)).Status);
        Assert.Contains("Your question was sent", CardOf(body).ToJsonString());
        await DrainOutboxAsync();
        var question = Connector.ActivitiesTo(ReporterChat).Single(a => a.ToJsonString().Contains("Which village exactly?"));
        Assert.Contains("country focal point", question.ToJsonString());
        // No text bubble above the card repeating its first line; the summary is the chat list's line, without the question.
        Assert.Null((string?)question["text"]);
        Assert.Equal($"A country focal point working on your concern {concern.Reference} asks:", (string?)question["summary"]);
        Assert.DoesNotContain("Fatou", question.ToJsonString());
        Assert.DoesNotContain(Fp1, question.ToJsonString());
    }

    [Fact]
    public async Task Escalate_RoutesTheNextTier_AndKeepsTheFirstTierReadOnly()
    {
        var concern = await SubmitAsync();

        (_, var body) = await PressAsync(Fp2, "escalate", concern, ("escalateReason", "Pattern across two provinces"));

        var stored = await LoadAsync(concern.Id);
        Assert.Equal((ConcernStatus.Escalated, EscalationTier.B2), (stored.Status, stored.Tier));
        Assert.Equal([Adviser], stored.Assignees.Select(p => p.AadObjectId));
        Assert.Equal(3, stored.Participants.Count);
        var card = CardOf(body);
        Assert.Contains("Escalated to the country level", card.ToJsonString());
        Assert.Empty(Verbs(card));
        await DrainOutboxAsync();
        Assert.Contains(Connector.ActivitiesTo(ReporterChat), a => ((string?)a["text"])?.Contains("passed to the country level") == true);
    }

    [Fact]
    public async Task Refer_StoresADecisionRecord_ShownOnTheCard()
    {
        var concern = await SubmitAsync(change: Mild);
        await PressAsync(Fp1, "acknowledge", concern);
        concern = await LoadAsync(concern.Id);

        (_, var body) = await PressAsync(Fp1, "refer", concern, ("referTo", "OIOS"), ("referReason", "UN staff implicated"));

        var stored = await LoadAsync(concern.Id);
        Assert.Equal(ConcernStatus.Referred, stored.Status);
        var decision = Assert.Single(stored.Decisions);
        Assert.Equal((DecisionKind.Referred, EscalationTier.B1, ConcernRole.CountryFocalPoint, "OIOS", "UN staff implicated"),
            (decision.Kind, decision.Tier, decision.ActorRole, decision.Target, decision.Reason));
        Assert.Equal(App.Services.GetRequiredService<ReporterKeys>().Actor(Fp1), decision.ActorKey);
        Assert.Contains("UN staff implicated", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task Close_OfAMildConcern_ClosesAtOnce_WithItsDecisionRecord()
    {
        var concern = await SubmitAsync(change: Mild);

        (_, var body) = await PressAsync(Fp1, "close", concern, ("closeOutcome", "AdviceGiven"), ("closeReason", "Advised to contact the RC office"));

        var stored = await LoadAsync(concern.Id);
        Assert.Equal(ConcernStatus.Closed, stored.Status);
        Assert.Equal((DecisionKind.Closed, CloseOutcome.AdviceGiven), (stored.Decisions[0].Kind, stored.Decisions[0].Outcome));
        Assert.Contains("Advice given", CardOf(body).ToJsonString());
        Assert.Empty(Verbs(CardOf(body)));
    }

    [Fact]
    public async Task RecordDecision_AtRegionalTier_IsRecordedAndTriggersNothing()
    {
        var concern = await SubmitAsync();
        await PressAsync(Fp1, "escalate", concern, ("escalateReason", "to country"));
        await PressAsync(Adviser, "escalate", await LoadAsync(concern.Id), ("escalateReason", "to region"));
        concern = await LoadAsync(concern.Id);
        Assert.Equal(EscalationTier.B3, concern.Tier);

        (_, var body) = await PressAsync(Regional, "recordDecision", concern, ("decisionNote", "Inter-Agency Task Force convened on 3 Dec"));

        var stored = await LoadAsync(concern.Id);
        Assert.Equal(ConcernStatus.Escalated, stored.Status);
        Assert.Equal(DecisionKind.Recorded, Assert.Single(stored.Decisions).Kind);
        Assert.Contains("Inter-Agency Task Force convened", CardOf(body).ToJsonString());
    }

    [Fact]
    public async Task Reassign_ToAColleagueOfTheTier_HandsTheConcernOver()
    {
        var concern = await SubmitAsync();
        var keys = App.Services.GetRequiredService<ReporterKeys>();

        (_, var body) = await PressAsync(Fp1, "reassign", concern, ("reassignTo", keys.Actor(Backup)));

        var stored = await LoadAsync(concern.Id);
        Assert.Equal([Fp2, Backup], stored.Assignees.Select(p => p.AadObjectId).Order());
        Assert.Empty(Verbs(CardOf(body)));
        Assert.Contains(stored.Events, e => e.Kind == ConcernEventKind.Reassigned);
    }

    [Fact]
    public async Task DeclareConflict_RemovesAccess_AndTheBackupTakesOverWhenNobodyIsLeft()
    {
        var concern = await SubmitAsync();
        await PressAsync(Fp1, "declareConflict", concern);
        concern = await LoadAsync(concern.Id);

        (_, var body) = await PressAsync(Fp2, "declareConflict", concern);

        var stored = await LoadAsync(concern.Id);
        Assert.Equal([Backup], stored.Assignees.Select(p => p.AadObjectId));
        Assert.Contains("not available to you", CardOf(body).ToJsonString());
        Assert.DoesNotContain(IntakeNarrative, CardOf(body).ToJsonString());
        (_, var refresh) = await PressAsync(Fp1, "refresh", stored);
        Assert.DoesNotContain(IntakeNarrative, CardOf(refresh).ToJsonString());
    }

    [Fact]
    public async Task RevealReporter_ShowsTheNameToTheEntitledFocalPoint_AndAuditsItWithTheReason()
    {
        var concern = await SubmitAsync(ConsentMode.Named, Mild);

        (_, var body) = await PressAsync(Fp1, "revealReporter", concern, ("revealReason", "To offer protection measures"), ("revealConfirm", "true"));

        Assert.Contains(ReporterName, CardOf(body).ToJsonString());
        var audit = Assert.Single((await LoadAsync(concern.Id)).Events, e => e.Kind == ConcernEventKind.IdentityRevealed);
        Assert.Equal("To offer protection measures", audit.Note);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("To offer protection measures", null)]
    [InlineData("To offer protection measures", "false")]
    [InlineData(" \u200B ", "true")]
    [InlineData(null, "true")]
    public async Task RevealReporter_WithoutAReasonAndAConfirmation_ShowsNothing_AndRecordsNoLook(string? reason, string? confirm)
    {
        var concern = await SubmitAsync(ConsentMode.Confidential, Mild);
        List<(string, string)> inputs = [];
        if (reason is not null) inputs.Add(("revealReason", System.Text.RegularExpressions.Regex.Unescape(reason)));
        if (confirm is not null) inputs.Add(("revealConfirm", confirm));

        (_, var body) = await PressAsync(Fp1, "revealReporter", concern, [.. inputs]);

        var card = CardOf(body);
        Assert.DoesNotContain(ReporterName, card.ToJsonString());
        var message = (JsonObject)card["body"]![0]!;
        Assert.Equal("Attention", (string?)message["color"]);
        Assert.Contains("Nothing was", (string?)message["text"]);
        var stored = await LoadAsync(concern.Id);
        Assert.DoesNotContain(stored.Events, e => e.Kind is ConcernEventKind.IdentityRevealed or ConcernEventKind.IdentityWithheld);
    }

    [Fact]
    public async Task TheRevealButton_AsksForAReasonAndAConfirmation_BeforeItSendsAnything()
    {
        var concern = await SubmitAsync(ConsentMode.Confidential, Mild);

        (_, var body) = await PressAsync(Fp1, "refresh", concern);

        var reveal = Descendants(CardOf(body)).Single(n => (string?)n["type"] == "Action.ShowCard" && (string?)n["title"] == "Show the reporter");
        var inputs = Descendants(reveal).Where(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["revealReason", "revealConfirm"], inputs.Select(i => (string?)i["id"]));
        Assert.All(inputs, i => Assert.True((bool?)i["isRequired"]));
        Assert.Equal("Input.Toggle", (string?)inputs[1]["type"]);
        Assert.Equal("destructive", (string?)Descendants(reveal).Single(n => (string?)n["verb"] == "revealReporter")["style"]);
    }

    [Fact]
    public async Task Refresh_IsAuditedOncePerViewerAndVersion()
    {
        var concern = await SubmitAsync();

        for (var i = 0; i < 3; i++)
            await PressAsync(Fp1, "refresh", concern);

        Assert.Single((await LoadAsync(concern.Id)).Events, e => e.Kind == ConcernEventKind.Viewed);
    }

    private const string IntakeNarrative = RufaBot.Tests.Concerns.IntakeAnswers.Narrative;
}
