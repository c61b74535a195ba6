using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.State;
using RufaBot.Dialogs.Steps;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs;

// What one turn accumulates: the language it speaks, its clock, and the messages to send.
internal sealed class Turn(StringCatalog all, StringTable strings, DateTimeOffset now)
{
    public StringTable Strings => strings;

    public DateTimeOffset Now => now;

    public List<BotMessage> Messages { get; } = [];

    // The user's today: hosts pass `now` in the user's offset when they know it.
    public ParseContext Parse { get; } = new(strings, all, DateOnly.FromDateTime(now.DateTime));

    // Set by a pausing message step: the flow stops before the next question instead of asking it.
    public bool Pausing { get; set; }

    // Names of the signalling message steps said in this turn, in order.
    public List<string> Signals { get; } = [];

    public TurnResult Result(FlowState state, FlowStatus status, FlowResult? result = null) =>
        new(state, Messages, status, result) { Signals = [.. Signals] };

    public void Say(string key) => Messages.Add(new TextMessage(strings.Text(key), key));

    public void SayText(string text) => Messages.Add(new TextMessage(text));
}
