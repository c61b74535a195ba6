using RufaBot.Dialogs.Answers;

namespace RufaBot.Dialogs.Steps;

// An answer, a skip (neither answer nor error), or the string key (with placeholder values)
// saying why the input was refused.
internal readonly record struct Parsed(Answer? Answer, string? ErrorKey, (string Name, string Value)[] Args)
{
    public static readonly Parsed Skip = new(null, null, []);

    public static Parsed Ok(Answer answer) => new(answer, null, []);

    public static Parsed Fail(string key, params (string Name, string Value)[] args) => new(null, key, args);
}
