using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

// Shows the answers given so far and waits for "submit" or "edit <question>". Shows lists the steps to show, in
// order (empty = every question answered on the path). More, when set, is the first of the optional questions the
// person may add before sending ("Add more details"); the dialog leads them back here. Its replies are read by
// FlowRunner.Review, which knows the frame; Parse is never reached.
internal sealed class SummaryStep(string id, string? next, PromptSpec spec, IReadOnlyList<string> shows, string? more, string? moreLabelKey)
    : PromptStep(id, next, spec)
{
    public IReadOnlyList<string> Shows => shows;

    public string? More => more;

    public string? MoreLabelKey => moreLabelKey;

    public override PromptKind Kind => PromptKind.Summary;

    public override Parsed Parse(string value, ParseContext context) => Parsed.Fail(EngineKeys.SummaryError);
}
