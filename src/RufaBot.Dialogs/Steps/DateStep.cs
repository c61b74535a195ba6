using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

internal sealed class DateStep(string id, string? next, PromptSpec spec, bool allowFuture) : PromptStep(id, next, spec)
{
    public override PromptKind Kind => PromptKind.Date;

    public override Parsed Parse(string value, ParseContext context)
    {
        if (!DatePhrases.TryParse(value, context.Today, out var date, out var approximate))
            return Parsed.Fail("engine.error.date");
        if (!allowFuture && date > context.Today)
            return Parsed.Fail("engine.error.date.future");
        return Parsed.Ok(new DateAnswer(date, approximate));
    }

    // In the reader's language, with the month in words so that no one reads 03/10 the wrong way round; a period
    // ("last week") is shown as approximate.
    public override string Display(Answer answer, StringTable strings) => answer switch
    {
        DateAnswer { Approximate: true } d => strings.Format(EngineKeys.ApproximateDate, ("date", strings.DateInWords(d.Date))),
        DateAnswer d => strings.DateInWords(d.Date),
        _ => answer.ToInputValue(),
    };
}
