using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

internal sealed class ConfirmStep(string id, string? next, PromptSpec spec) : PromptStep(id, next, spec)
{
    public override PromptKind Kind => PromptKind.Confirm;

    public override Parsed Parse(string value, ParseContext context) =>
        YesNo.Parse(value, context.All) is { } yes ? Parsed.Ok(new BoolAnswer(yes)) : Parsed.Fail(EngineKeys.ConfirmError);

    public override Prompt Describe(Prompt prompt, StringTable strings) =>
        prompt with { Choices = YesNo.Choices(strings) };

    public override string Display(Answer answer, StringTable strings) =>
        answer is BoolAnswer { Value: true } ? strings.Text(EngineKeys.Yes) : strings.Text(EngineKeys.No);
}
