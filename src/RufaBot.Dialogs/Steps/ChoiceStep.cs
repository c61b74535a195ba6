using System.Globalization;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Steps;

internal sealed class ChoiceStep(string id, string? next, PromptSpec spec,
    IReadOnlyList<ChoiceOption> options, bool multi, int? min, int? max) : PromptStep(id, next, spec)
{
    // With the Arabic comma and semicolon and the Chinese commas: "1، 3", "1，3", "1、3".
    private static readonly string[] Separators = [",", ";", "/", "+", "،", "؛", "，", "、", "；"];

    // Split on only when the part does not name an option as a whole: "femmes et filles" is one option.
    private static readonly string[] Conjunctions = ["&", " and ", " et ", " y ", " и ", " و ", "和", "及"];

    public IReadOnlyList<ChoiceOption> Options => options;

    public override PromptKind Kind => PromptKind.Choice;

    public override string KindName => multi ? "multi" : "choice";

    public override Parsed Parse(string value, ParseContext context)
    {
        // The whole input first: an option's own text may contain "and" or a comma.
        if (ChoiceMatcher.Match(options, value) is { } one)
            return multi ? Count([one]) : Parsed.Ok(new ChoiceAnswer(one.Id));
        if (!multi) return Parsed.Fail("engine.error.choice");

        var picked = new HashSet<ChoiceOption>();
        foreach (var part in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ChoiceMatcher.Match(options, part) is { } whole)
            {
                picked.Add(whole);
                continue;
            }
            foreach (var word in part.Split(Conjunctions, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (ChoiceMatcher.Match(options, word) is not { } option) return Parsed.Fail("engine.error.choice");
                picked.Add(option);
            }
        }
        return picked.Count == 0 ? Parsed.Fail("engine.error.choice") : Count(picked);
    }

    public override Prompt Describe(Prompt prompt, StringTable strings) => prompt with
    {
        Choices = [.. options.Select(o => new PromptChoice(o.Id, strings.Text(o.TextKey)))],
        Multi = multi,
        Min = min,
        Max = max,
    };

    public override string Display(Answer answer, StringTable strings)
    {
        var ids = answer switch
        {
            ChoiceAnswer c => [c.Choice],
            ChoicesAnswer c => c.Choices,
            _ => [],
        };
        return string.Join(", ", options.Where(o => ids.Contains(o.Id)).Select(o => strings.Text(o.TextKey)));
    }

    private Parsed Count(IReadOnlyCollection<ChoiceOption> picked)
    {
        if (picked.Count < min) return Parsed.Fail("engine.error.choice.tooFew", ("min", Invariant(min.Value)));
        if (picked.Count > max) return Parsed.Fail("engine.error.choice.tooMany", ("max", Invariant(max.Value)));
        return Parsed.Ok(new ChoicesAnswer([.. options.Where(picked.Contains).Select(o => o.Id)]));
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
