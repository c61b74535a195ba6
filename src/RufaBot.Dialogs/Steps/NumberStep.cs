using System.Globalization;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

internal sealed class NumberStep(string id, string? next, PromptSpec spec, decimal? min, decimal? max, bool integer)
    : PromptStep(id, next, spec)
{
    public override PromptKind Kind => PromptKind.Number;

    public override Parsed Parse(string value, ParseContext context)
    {
        if (NumberParser.Parse(value, context.Strings.Language) is not { } n) return Parsed.Fail("engine.error.number");
        if (integer && n != decimal.Truncate(n)) return Parsed.Fail("engine.error.number.integer");
        if (n < min) return Parsed.Fail("engine.error.number.min", ("min", Invariant(min.Value)));
        if (n > max) return Parsed.Fail("engine.error.number.max", ("max", Invariant(max.Value)));
        return Parsed.Ok(new NumberAnswer(n));
    }

    public override Prompt Describe(Prompt prompt, StringTable strings) =>
        prompt with { Min = min, Max = max, Integer = integer };

    private static string Invariant(decimal n) => n.ToString(CultureInfo.InvariantCulture);
}
