using System.Text.RegularExpressions;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs.Loading;

internal sealed partial class FlowCompiler
{
    private PromptStep? Prompt(StepJson s, string? next, string path)
    {
        var spec = new PromptSpec(Use(s.Text, path + ".text"), s.Help is null ? null : Use(s.Help, path + ".help"), s.Optional, Label(s, path));
        switch (s.Kind)
        {
            case "text":
                Bounds(s.MinLength, s.MaxLength, path);
                var pattern = Pattern(s.Pattern, path + ".pattern");
                var patternError = s.PatternError is null ? null : Use(s.PatternError, path + ".patternError");
                return new TextStep(s.Id, next, spec, s.MinLength, s.MaxLength, pattern, patternError);
            case "choice":
                Bounds(s.Min, s.Max, path);
                return new ChoiceStep(s.Id, next, spec, Options(s.Choices ?? [], path), s.Multi, (int?)s.Min, (int?)s.Max);
            case "confirm":
                return new ConfirmStep(s.Id, next, spec);
            case "date":
                return new DateStep(s.Id, next, spec, s.AllowFuture);
            case "country":
                return new CountryStep(s.Id, next, spec);
            case "number":
                Bounds(s.Min, s.Max, path);
                return new NumberStep(s.Id, next, spec, s.Min, s.Max, s.Integer);
            case "attachment":
                return new AttachmentStep(s.Id, next, spec, s.MaxFiles);
            default:
                problems.Add(file, path + ".kind", $"unknown step kind '{s.Kind}'");
                return null;
        }
    }

    private List<ChoiceOption> Options(List<ChoiceJson> choices, string path)
    {
        var options = new List<ChoiceOption>(choices.Count);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            var at = $"{path}.choices[{i}]";
            if (!ids.Add(c.Id)) problems.Add(file, at + ".id", $"choice id '{c.Id}' is used twice in this step");
            var key = Use(c.Text, at + ".text");
            var texts = strings?.Tables.Where(t => t.HasText(key)).Select(t => t.Text(key)).ToList() ?? [];
            var folded = texts.Select(TextFold.Fold).Distinct().ToList();
            var heads = texts.Select(t => t.IndexOfAny([':', '：']) is > 0 and var colon ? TextFold.Fold(t[..colon]) : "")
                .Where(h => h.Length > 0).Distinct().ToList();
            options.Add(new ChoiceOption(c.Id, key, folded, heads));
        }
        return options;
    }

    private void Bounds(decimal? min, decimal? max, string path)
    {
        if (min > max) problems.Add(file, path + ".min", $"min ({min}) is greater than max ({max})");
    }

    private Regex? Pattern(string? pattern, string path)
    {
        if (pattern is null) return null;
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            problems.Add(file, path, "not a valid regular expression: " + e.Message);
            return null;
        }
    }
}
