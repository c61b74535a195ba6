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

    // In the reader's language, with the month in words so that no one reads 03/10 the wrong way round ("10 March
    // 2025", "10 mars 2025"); a period ("last week") is shown as approximate.
    public override string Display(Answer answer, StringTable strings) => answer switch
    {
        DateAnswer { Approximate: true } d => strings.Format(EngineKeys.ApproximateDate, ("date", Words(d.Date, strings))),
        DateAnswer d => Words(d.Date, strings),
        _ => answer.ToInputValue(),
    };

    // The app runs without culture data, so the pattern and month names are strings (format.date, format.month.N);
    // strings without them show the ISO date, which reads the same in every language.
    private static string Words(DateOnly date, StringTable strings)
    {
        var month = strings.Text(MonthKey + date.Month.ToString(CultureInfo.InvariantCulture));
        if (month.StartsWith(MonthKey, StringComparison.Ordinal) || strings.Text(DateKey) == DateKey)
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return strings.Format(DateKey, ("day", date.Day.ToString(CultureInfo.InvariantCulture)), ("month", month),
            ("year", date.Year.ToString(CultureInfo.InvariantCulture)));
    }

    private const string DateKey = "format.date";
    private const string MonthKey = "format.month.";
}
