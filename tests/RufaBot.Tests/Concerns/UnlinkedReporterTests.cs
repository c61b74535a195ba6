using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Outbox;
using RufaBot.Tests.Escalation.Journeys;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.Storage;

namespace RufaBot.Tests.Concerns;

/// <summary>
/// Anonymity measured against a database reader (every cell, no key), an operator (the key ring and the reporter-key
/// secret, so every keyed hash of the reporter can be recomputed) and the logs: an unlinked report stores nothing
/// derived from the reporter, and after "forget me" nothing connects a concern to the person who raised it. Both are
/// still followed up with the reference and passphrase.
/// </summary>
public sealed partial class UnlinkedReporterTests : EscalationBot
{
    private readonly LogCapture _logs = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<ILoggerProvider>(_logs);
    }

    private ReporterKeys Keys => App.Services.GetRequiredService<ReporterKeys>();

    private ReporterInfo Reporter => new(ReporterAad, ReporterName, new ReporterConversation(Connector.ServiceUrl.ToString(), ReporterChat, "tenant-1", null));

    [Fact]
    public async Task AnUnlinkedReport_StoresNothingDerivedFromItsReporter_AndIsFollowedUpWithItsPassphrase()
    {
        var draft = Guid.NewGuid().ToString("N");
        var intake = ConcernIntake.From(IntakeAnswers.Full("unlinked"));
        var stored = await Concerns.CompleteIntakeAsync(intake, Reporter, draft, CancellationToken.None);
        Assert.NotNull(stored.Passphrase);
        Assert.Matches(PassphraseForm(), stored.Passphrase);
        // A retry of the same draft (a timeout, a conflict) finds the same concern and shows the same passphrase.
        Assert.Equal(stored, await Concerns.CompleteIntakeAsync(intake, Reporter, draft, CancellationToken.None));

        var concern = await LoadByReferenceAsync(stored.Reference);
        Assert.Equal(ConsentMode.Unlinked, concern.Consent);
        await PressAsync(Fp1, "acknowledge", concern);
        concern = await LoadAsync(concern.Id);
        await PressAsync(Fp1, "askReporter", concern, ("question", "Which day did it start?"));
        await DrainOutboxAsync();

        await AssertNothingConnectsAsync(concern.Id, stored.Reference, [Keys.Submission(ReporterAad, draft)]);
        Assert.Empty(Connector.ActivitiesTo(ReporterChat));

        // The reporter comes back with the reference and the passphrase: the question waits for them, and their answer reaches it.
        Assert.Null(await Concerns.FollowUpAsync(stored.Reference, FollowUpPassphrase.New(), null, CancellationToken.None));
        var view = await Concerns.FollowUpAsync(stored.Reference, stored.Passphrase!.ToUpperInvariant().Replace('-', ' '), null, CancellationToken.None);
        Assert.Equal("Which day did it start?", view!.PendingQuestion);
        var answered = await Concerns.FollowUpAsync(stored.Reference, stored.Passphrase, "It started on the Monday.", CancellationToken.None);
        Assert.Null(answered!.PendingQuestion);
        Assert.Equal(ConcernStatus.Acknowledged, answered.Status);
        Assert.Contains((await LoadAsync(concern.Id)).Events, e => e.Kind == ConcernEventKind.InformationAdded && e.Note == "It started on the Monday.");
    }

    [Fact]
    public async Task AnEmergencyCompletedAsUnlinked_LosesTheLinkItNeededWhileItWasAnEmergency()
    {
        var draft = Guid.NewGuid().ToString("N");
        var alert = await Concerns.RaiseEmergencyAsync(IntakeAnswers.Of(("danger", new RufaBot.Dialogs.Answers.ChoiceAnswer("yes"))), Reporter, draft, CancellationToken.None);
        var concern = await LoadByReferenceAsync(alert.Reference);
        await PressAsync(Security, "acknowledge", concern);
        await DrainOutboxAsync();
        Assert.NotEmpty(Connector.ActivitiesTo(ReporterChat));

        var completed = await Concerns.CompleteIntakeAsync(ConcernIntake.From(IntakeAnswers.Full("unlinked")), Reporter, draft, CancellationToken.None);

        Assert.Equal(alert.Reference, completed.Reference);
        Assert.NotNull(completed.Passphrase);
        var after = await LoadAsync(concern.Id);
        Assert.Equal(ConsentMode.Unlinked, after.Consent);
        Assert.Contains(after.Events, e => e.Kind == ConcernEventKind.ReporterLinkCut && e.Note == Concern.LinkCutReasons.ChosenAtSubmission);
        await AssertNothingConnectsAsync(concern.Id, alert.Reference, [Keys.Submission(ReporterAad, draft)]);
        Assert.NotNull(await Concerns.FollowUpAsync(alert.Reference, completed.Passphrase!, null, CancellationToken.None));
    }

    [Theory]
    [InlineData("Anonymous")]
    [InlineData("Confidential")]
    public async Task ForgetMe_InTheChat_LeavesNothingThatConnectsTheConcernToItsReporter(string consent)
    {
        var concern = await SubmitAsync(Enum.Parse<ConsentMode>(consent));
        var other = await SubmitAsync(ConsentMode.Anonymous);
        await PressAsync(Fp1, "acknowledge", concern);
        await PressAsync(Fp1, "acknowledge", other);
        await DrainOutboxAsync();
        Assert.Equal(2, (await Concerns.ListForReporterAsync(ReporterAad, CancellationToken.None)).Count);

        // First what it means, then the cut on the explicit confirmation.
        var explained = await SayAsync(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "forget", ["reference"] = concern.Reference });
        Assert.Contains("cannot be undone", explained.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, (await Concerns.ListForReporterAsync(ReporterAad, CancellationToken.None)).Count);
        var done = (await SayAsync(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "forgetConfirmed", ["reference"] = concern.Reference })).ToJsonString();
        var passphrase = PassphraseForm().Match(done).Value;
        Assert.NotEmpty(passphrase);

        var after = await LoadAsync(concern.Id);
        Assert.Equal(ConsentMode.Unlinked, after.Consent);
        Assert.Contains(after.Events, e => e.Kind == ConcernEventKind.ReporterLinkCut && e.Note == Concern.LinkCutReasons.ByReporter && e.ActorKey is null);
        Assert.Equal([other.Reference], (await Concerns.ListForReporterAsync(ReporterAad, CancellationToken.None)).Select(c => c.Reference));
        await AssertNothingConnectsAsync(concern.Id, concern.Reference, [concern.SubmissionKey]);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains(passphrase, StringComparison.OrdinalIgnoreCase));

        // The other concern keeps its link and its notices; the cut one is followed up with the passphrase, in any chat.
        await using (var db = NewContext())
            Assert.True(await db.ReporterLinks.AnyAsync(l => l.ConcernId == other.Id));
        var status = await SayAsync(new JsonObject { ["rufa"] = "followUp", ["followUpReference"] = concern.Reference, ["followUpPassphrase"] = passphrase },
            from: "00000000-0000-4000-8000-00000000beef", chat: "a:someone-else");
        Assert.Contains(concern.Reference, status.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("do not match", status.ToJsonString(), StringComparison.Ordinal);
        // Who asked is not recorded: nothing stored names the person or the chat the follow-up came from.
        await using (var db = NewContext())
            Assert.DoesNotContain(await DatabaseScan.AllCellsAsync(db), c => c.Value.Contains("00000000beef", StringComparison.OrdinalIgnoreCase)
                || c.Value.Contains("a:someone-else", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANamedReport_KeepsItsLink_AndTheReporterIsToldWhy()
    {
        var concern = await SubmitAsync(ConsentMode.Named);

        var reply = await SayAsync(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "forgetConfirmed", ["reference"] = concern.Reference });

        Assert.Contains("raised as named", reply.ToJsonString(), StringComparison.Ordinal);
        await using var db = NewContext();
        Assert.True(await db.ReporterLinks.AnyAsync(l => l.ConcernId == concern.Id));
        Assert.Equal(ConsentMode.Named, (await LoadAsync(concern.Id)).Consent);
    }

    [Fact]
    public async Task AnotherPerson_CannotCutTheLink_NorFollowUpWithoutThePassphrase()
    {
        var concern = await SubmitAsync(ConsentMode.Anonymous);

        var forged = await SayAsync(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "forgetConfirmed", ["reference"] = concern.Reference },
            from: "00000000-0000-4000-8000-00000000beef", chat: "a:someone-else");
        var guessed = await SayAsync(new JsonObject { ["rufa"] = "followUp", ["followUpReference"] = concern.Reference, ["followUpPassphrase"] = FollowUpPassphrase.New() },
            from: "00000000-0000-4000-8000-00000000beef", chat: "a:someone-else");

        Assert.Contains("found no concern of yours", forged.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("do not match", guessed.ToJsonString(), StringComparison.Ordinal);
        await using var db = NewContext();
        Assert.True(await db.ReporterLinks.AnyAsync(l => l.ConcernId == concern.Id));
    }

    /// <summary>
    /// Nothing connects the concern to the reporter: no cell of any table names them or their chat, or holds one of
    /// their keyed hashes recomputed with the secret (the operator's attack); with the key ring, no link row and no
    /// stored message to their chat about the concern; and the reporter's own "my concerns" no longer finds it.
    /// </summary>
    private async Task AssertNothingConnectsAsync(Guid concernId, string reference, IReadOnlyList<string> formerKeys)
    {
        var matcher = Keys.ForReporter(ReporterAad);
        string[] needles = [ReporterAad, ReporterName, ReporterChat, matcher.KeyFor(concernId), matcher.LegacyKey, .. formerKeys];
        await using var db = NewContext();
        foreach (var (table, column, value) in await DatabaseScan.AllCellsAsync(db))
            foreach (var needle in needles)
                Assert.False(value.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{table}.{column} holds a value derived from the reporter");
        Assert.False(await db.ReporterLinks.AnyAsync(l => l.ConcernId == concernId));
        var toTheirChat = (await db.Set<OutboxMessage>().ToListAsync()).Where(m => m.Recipient.ConversationId == ReporterChat).ToList();
        Assert.DoesNotContain(toTheirChat, m => m.ActivityJson.Contains(reference, StringComparison.Ordinal));
        Assert.DoesNotContain(await Concerns.ListForReporterAsync(ReporterAad, CancellationToken.None), c => c.Reference == reference);
        Assert.Null(await Concerns.GetForReporterAsync(reference, ReporterAad, CancellationToken.None));
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains(reference, StringComparison.Ordinal) && e.Text.Contains(ReporterAad, StringComparison.Ordinal));
    }

    /// <summary>A card button pressed (Action.Submit) in a personal chat; returns what RufaBot sent back there.</summary>
    private async Task<JsonArray> SayAsync(JsonObject value, string from = ReporterAad, string? chat = null)
    {
        var conversation = chat ?? ReporterChat;
        var before = Connector.ActivitiesTo(conversation).Count;
        var message = Payloads.Load("personal-message", Connector.ServiceUrl, conversationId: conversation);
        message["from"] = new JsonObject { ["id"] = "29:" + from, ["aadObjectId"] = from, ["name"] = "Someone" };
        message["text"] = null;
        message["value"] = value;
        (await Bot.PostAsJsonAsync("/api/messages", message)).EnsureSuccessStatusCode();
        return [.. Connector.ActivitiesTo(conversation).Skip(before).Select(a => (JsonNode)a.DeepClone())];
    }

    private async Task<Concern> LoadByReferenceAsync(string reference)
    {
        await using var db = NewContext();
        return await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Reference == reference);
    }

    [GeneratedRegex("[0-9a-z]{5}-[0-9a-z]{5}-[0-9a-z]{5}-[0-9a-z]{5}")]
    private static partial Regex PassphraseForm();
}
