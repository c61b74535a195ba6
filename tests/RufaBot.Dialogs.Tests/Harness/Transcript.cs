using System.Text.Json;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.State;

namespace RufaBot.Dialogs.Tests.Harness;

// Conversation tests read as a chat: Begin("flow").Send("2").Reply("…").Asks(PromptKind.Date, "when").
// Between turns the state goes through JSON exactly as the host's cache would store it.
internal sealed partial class Transcript(FlowCatalog catalog, string locale = "en", DateTimeOffset? now = null, FlowRunnerOptions? options = null)
{
    private int _cursor;

    public FlowRunner Runner { get; } = new(catalog, options);

    public FlowState? State { get; private set; }

    public TurnResult? Last { get; private set; }

    public DateTimeOffset Now { get; private set; } = now ?? RepoDialogs.Now;

    public string Locale { get; private set; } = locale;

    public Prompt Prompt => Last?.Prompt ?? throw new Xunit.Sdk.XunitException("No prompt is waiting." + Dump());

    public static Transcript Repo(string locale = "en") => new(RepoDialogs.Catalog, locale);

    public Transcript Begin(string flowId) => Take(Runner.Begin(flowId, Locale, Now));

    public Transcript Begin(string flowId, IReadOnlyDictionary<string, string> preset) => Take(Runner.Begin(flowId, Locale, Now, preset));

    public Transcript Send(string text) => Take(Runner.Continue(Stored(), UserInput.FromText(text), Locale, Now));

    public Transcript SendCard(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Take(Runner.Continue(Stored(), UserInput.FromFields(FormFields.Of(doc.RootElement)), Locale, Now));
    }

    public Transcript SendFiles(params AttachmentInfo[] files) =>
        Take(Runner.Continue(Stored(), UserInput.FromAttachments(files), Locale, Now));

    public Transcript Command(FlowCommand command) =>
        Take(Runner.Continue(Stored(), UserInput.FromCommand(command), Locale, Now));

    public Transcript Pause()
    {
        State = Runner.Pause(Stored(), Now);
        return this;
    }

    public Transcript Resume() => Take(Runner.Resume(Stored(), Locale, Now));

    public Transcript OfferResume() => Take(Runner.OfferResume(Stored(), Locale, Now));

    public Transcript In(string locale)
    {
        Locale = locale;
        return this;
    }

    public Transcript Later(TimeSpan delay)
    {
        Now += delay;
        return this;
    }

    private FlowState Stored()
    {
        var json = JsonSerializer.Serialize(State ?? throw new Xunit.Sdk.XunitException("Begin first."), DialogsJson.Default.FlowState);
        return JsonSerializer.Deserialize(json, DialogsJson.Default.FlowState)!;
    }

    private Transcript Take(TurnResult result)
    {
        Last = result;
        State = result.State;
        _cursor = 0;
        return this;
    }
}
