using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using RufaBot.Turns;

namespace RufaBot.Web;

/// <summary>
/// The intake on the web: the same dialog, the same runner, the same concern service as in Teams. The door answers
/// the consent question itself (a preset: anonymous with no link, the only mode with nobody to link to), so that
/// question is never asked; an emergency is stored and routed at once as in Teams; the finished intake is submitted
/// unlinked, and the person gets the reference and the passphrase.
/// </summary>
internal sealed class DoorIntake(FlowRunner runner, FlowCatalog catalog, ConcernService concerns, ConcernSubmission submission, DoorState states,
    TimeProvider time, ILogger<DoorIntake> logger)
{
    private static readonly Dictionary<string, string> Preset = new(StringComparer.Ordinal)
    {
        [IntakeSteps.Consent] = nameof(ConsentMode.Unlinked).ToLowerInvariant(),
    };

    /// <summary>
    /// What a page shows after one step: notes (the engine's messages, then the question or a receipt), and the
    /// token of the draft for the next form. <paramref name="Resubmit"/> is the previous token when storing failed.
    /// </summary>
    public sealed record Step(IReadOnlyList<string> Notes, Prompt? Prompt, string? Token, bool Paused, FlowStatus Status,
        ConcernService.Submitted? Receipt = null, string? Resubmit = null, string? ResubmitStep = null);

    public Task<Step> StartAsync(DoorText t, CancellationToken ct)
    {
        var draft = DoorState.New();
        var result = runner.Begin(ConcernSubmission.FlowId, t.Language, time.GetUtcNow(), Preset);
        return AfterAsync(draft, result, t, previous: null, ct);
    }

    /// <summary>Null when the token is unreadable or expired, or the draft is no longer running.</summary>
    public async Task<Step?> ContinueAsync(string? token, UserInput input, DoorText t, CancellationToken ct)
    {
        if (states.Unprotect(token) is not { Flow.IsActive: true } draft)
        {
            Log.StateRefused(logger);
            return null;
        }
        var waiting = draft.Flow.WaitingStepId;
        var result = draft.Flow.Paused
            ? runner.Resume(draft.Flow, t.Language, time.GetUtcNow())
            : runner.Continue(draft.Flow, input, t.Language, time.GetUtcNow());
        return await AfterAsync(draft, result, t, (token!, waiting), ct);
    }

    private async Task<Step> AfterAsync(DoorState.Draft draft, TurnResult result, DoorText t, (string Token, string? Step)? previous, CancellationToken ct)
    {
        var notes = new List<string>();
        if (result.Signals.Contains("emergency"))
            notes.Add(await EmergencyAsync(draft, result.State, t, ct));
        var messages = EmergencyAlert.WasRaised(runner.AnswersSoFar(result.State)) ? EmergencyAlert.AfterAlert(result.Messages, catalog, t.Language) : result.Messages;
        foreach (var message in messages)
        {
            if (message is TextMessage text) notes.Add(Said(text, t));
        }
        if (result.Status == FlowStatus.Complete)
            return await SubmitAsync(draft, result, notes, t, previous, ct);
        if (result.Status != FlowStatus.Waiting)
            return new Step(notes, null, null, false, result.Status);
        var next = draft with { Flow = result.State };
        return new Step(notes, result.Prompt, states.Protect(next), result.Paused, result.Status);
    }

    private async Task<Step> SubmitAsync(DoorState.Draft draft, TurnResult result, List<string> notes, DoorText t, (string Token, string? Step)? previous, CancellationToken ct)
    {
        try
        {
            // Whatever the dialog asked, the door submits with no link: there is nobody to link to.
            var intake = ConcernIntake.From(result.Result!) with { Consent = ConsentMode.Unlinked, Language = t.Language };
            var stored = await concerns.CompleteIntakeAsync(intake, Reporter(draft), draft.DraftId, ct);
            Log.Submitted(logger, stored.Routed);
            return new Step(notes, null, null, false, FlowStatus.Complete, stored);
        }
        catch (ConcernStorageUnavailableException exception)
        {
            Log.SubmitFailed(logger, exception);
            // The draft as it was before Submit: the same form is posted again.
            return new Step([t["web.submitFailed"]], null, null, false, FlowStatus.Waiting, Resubmit: previous?.Token, ResubmitStep: previous?.Step);
        }
    }

    private async Task<string> EmergencyAsync(DoorState.Draft draft, Dialogs.State.FlowState flow, DoorText t, CancellationToken ct)
    {
        var contacts = ("emergencyContacts", submission.Prepare(new TextMessage("{emergencyContacts}", "concern.emergency"), t.Language).ToPlainText());
        try
        {
            var answers = ConcernIntake.From(runner.AnswersSoFar(flow)!) with { Language = t.Language };
            var (reference, routed, _) = await concerns.RaiseEmergencyAsync(answers, Reporter(draft), draft.DraftId, ct);
            Log.EmergencyRaised(logger, routed);
            return t.Fill(t.Variant(routed ? "emergency.alerted" : "emergency.noRoute"), ("reference", reference), contacts);
        }
        catch (ConcernStorageUnavailableException exception)
        {
            Log.EmergencyFailed(logger, exception);
            return t.Fill(t.Variant("emergency.notAlerted"), contacts);
        }
    }

    // The door's own wording where the tables have one, with the host's placeholders filled as in Teams.
    private string Said(TextMessage text, DoorText t)
    {
        var said = text.Key is { } key && t.Variant(key) != key ? new TextMessage(t[t.Variant(key)], key) : text;
        return submission.Prepare(said, t.Language).ToPlainText();
    }

    // Until an emergency's intake is finished its concern keeps a link, as in Teams; here it leads to no one: the
    // "identity" is the draft's random id, known only to the form, and the link has no chat to write to.
    private static ReporterInfo Reporter(DoorState.Draft draft) => new("web-door:" + draft.DraftId, null, null);
}
