using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Countries;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

internal sealed class CountryStep(string id, string? next, PromptSpec spec) : PromptStep(id, next, spec)
{
    public override PromptKind Kind => PromptKind.Country;

    public override Parsed Parse(string value, ParseContext context)
    {
        var match = CountryList.Resolve(value);
        if (match.Found is { } country) return Parsed.Ok(new CountryAnswer(country.Alpha2));
        if (match.Candidates.Count == 0) return Parsed.Fail("engine.error.country");
        var names = string.Join(", ", match.Candidates.Select(c => c.Name(context.Strings.Language)).Order(StringComparer.Ordinal).Take(5));
        return Parsed.Fail("engine.error.country.ambiguous", ("names", names));
    }

    public override string Display(Answer answer, StringTable strings) =>
        answer is CountryAnswer c && CountryList.ByCode(c.Code) is { } country ? country.Name(strings.Language) : answer.ToInputValue();
}
