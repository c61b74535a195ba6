using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

// Shows the answers given so far and waits for "submit" or "edit <question>". Shows lists the steps to show, in
// order (empty = every question answered on the path). Its replies are read by FlowRunner.Review, which knows the
// frame; Parse is never reached.
internal sealed class SummaryStep(string id, string? next, PromptSpec spec, IReadOnlyList<string> shows) : PromptStep(id, next, spec)
{
    public IReadOnlyList<string> Shows => shows;

    public override PromptKind Kind => PromptKind.Summary;

    public override Parsed Parse(string value, ParseContext context) => Parsed.Fail(EngineKeys.SummaryError);
}
