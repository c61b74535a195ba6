using System.Globalization;
using System.Text.Json;
using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs.Loading;

internal sealed partial class FlowCompiler
{
    private static readonly HashSet<string> Answerable =
        ["text", "choice", "confirm", "date", "country", "number", "attachment", "call"];

    private BranchStep Branch(StepJson s, string path)
    {
        var cases = new List<BranchCase>();
        var list = s.Cases ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{path}.cases[{i}]";
            cases.Add(new BranchCase(When(list[i].When, at + ".when"), Target(list[i].Goto, at + ".goto") ?? ""));
        }
        return new BranchStep(s.Id, cases, Target(s.Else, path + ".else"));
    }

    private Condition When(ConditionJson c, string path)
    {
        var tests = (c.EqualTo is null ? 0 : 1) + (c.In is null ? 0 : 1) + (c.IsSet is null ? 0 : 1);
        var combinators = (c.Not is null ? 0 : 1) + (c.All is null ? 0 : 1) + (c.Any is null ? 0 : 1);
        if (c.Step is null ? tests != 0 || combinators != 1 : tests != 1 || combinators != 0)
        {
            problems.Add(file, path, "a condition is either {step + one of equals, in, isSet} or exactly one of not, all, any");
            return new Condition.IsSet("", true);
        }

        if (c.Not is { } inner) return new Condition.Not(When(inner, path + ".not"));
        if (c.All is { } all) return new Condition.All([.. all.Select((x, i) => When(x, $"{path}.all[{i}]"))]);
        if (c.Any is { } any) return new Condition.Any([.. any.Select((x, i) => When(x, $"{path}.any[{i}]"))]);

        var step = c.Step!;
        if (!_byId.TryGetValue(step, out var target) || !Answerable.Contains(target.Kind))
        {
            problems.Add(file, path + ".step", $"'{step}' is not a question or call step of this dialog, so it has no answer to test");
            return new Condition.IsSet(step, true);
        }
        if (c.IsSet is { } isSet) return new Condition.IsSet(step, isSet);
        if (c.EqualTo is { } value) return new Condition.EqualsTo(step, Value(value, target, path + ".equals"));
        return new Condition.In(step, [.. c.In!.Select((v, i) => Value(v, target, $"{path}.in[{i}]"))]);
    }

    // The value as the answer's ToInputValue would print it, checked against the step it tests.
    private string Value(JsonElement value, StepJson target, string path)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
            _ => value.GetRawText(),
        };
        if (target.Kind == "choice" && !(target.Choices ?? []).Any(o => string.Equals(o.Id, text, StringComparison.OrdinalIgnoreCase)))
            problems.Add(file, path, $"'{text}' is not a choice id of step '{target.Id}'");
        if (target.Kind == "confirm" && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            problems.Add(file, path, $"step '{target.Id}' is a yes/no question: compare it with true or false");
        if (target.Kind == "number" && value.ValueKind != JsonValueKind.Number)
            problems.Add(file, path, $"step '{target.Id}' is a number question: compare it with a number");
        return text;
    }
}
