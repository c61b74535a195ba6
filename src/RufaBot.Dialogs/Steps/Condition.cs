using RufaBot.Dialogs.State;

namespace RufaBot.Dialogs.Steps;

// Declarative tests on earlier answers of the same flow. Deliberately not an expression language:
// equals, in, isSet, not, all, any and nothing else.
internal abstract class Condition
{
    public abstract bool Test(FlowFrame frame);

    public sealed class EqualsTo(string step, string value) : Condition
    {
        public override bool Test(FlowFrame frame) => frame.Answered(step)?.Is(value) == true;
    }

    public sealed class In(string step, IReadOnlyList<string> values) : Condition
    {
        public override bool Test(FlowFrame frame) =>
            frame.Answered(step) is { } a && values.Any(a.Is);
    }

    public sealed class IsSet(string step, bool expected) : Condition
    {
        public override bool Test(FlowFrame frame) => (frame.Answered(step) is not null) == expected;
    }

    public sealed class Not(Condition inner) : Condition
    {
        public override bool Test(FlowFrame frame) => !inner.Test(frame);
    }

    public sealed class All(IReadOnlyList<Condition> inner) : Condition
    {
        public override bool Test(FlowFrame frame) => inner.All(c => c.Test(frame));
    }

    public sealed class Any(IReadOnlyList<Condition> inner) : Condition
    {
        public override bool Test(FlowFrame frame) => inner.Any(c => c.Test(frame));
    }
}
