using System.Globalization;
using System.Text.RegularExpressions;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

internal sealed class TextStep(string id, string? next, PromptSpec spec,
    int? minLength, int? maxLength, Regex? pattern, string? patternErrorKey) : PromptStep(id, next, spec)
{
    public override PromptKind Kind => PromptKind.Text;

    public override Parsed Parse(string value, ParseContext context)
    {
        var text = value.Trim();
        if (text.Length < minLength)
            return Parsed.Fail("engine.error.text.tooShort", ("min", Invariant(minLength.Value)));
        if (text.Length > maxLength)
            return Parsed.Fail("engine.error.text.tooLong", ("max", Invariant(maxLength.Value)));
        if (pattern is not null && !Matches(pattern, text))
            return Parsed.Fail(patternErrorKey ?? "engine.error.text.pattern");
        return Parsed.Ok(new TextAnswer(text));
    }

    public override Prompt Describe(Prompt prompt, StringTable strings) =>
        prompt with { Min = minLength, Max = maxLength };

    // The pattern was compiled with a timeout at load; a pathological input is simply refused.
    private static bool Matches(Regex pattern, string text)
    {
        try { return pattern.IsMatch(text); }
        catch (RegexMatchTimeoutException) { return false; }
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
