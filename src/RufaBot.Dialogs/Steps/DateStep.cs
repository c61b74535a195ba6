using System.Globalization;
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

    public override string Display(Answer answer, StringTable strings) =>
        answer is DateAnswer d ? d.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : answer.ToInputValue();
}
