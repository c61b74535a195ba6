using CsCheck;

namespace RufaBot.Tests.Fuzzing;

/// <summary>Where a hostile text goes in.</summary>
internal enum HostileEntry { IntakeWhat, IntakePlace, IntakeDutyStation, Question, FocalPointNote }

/// <summary>One hostile text (see <see cref="HostileText"/>) and where it goes in.</summary>
internal sealed record HostileCase(HostileEntry Entry, string Text, string Verb)
{
    public string Tag => HostileText.TagOf(Text);

    public static readonly Gen<HostileCase> Any = Gen.Select(
        // Focal-point notes are a small share: each queues outbox messages on the test host's one in-memory SQLite
        // database, and hundreds of them make that database, not the text, the thing under test.
        Gen.Frequency((4, Gen.Const(HostileEntry.IntakeWhat)), (2, Gen.Const(HostileEntry.IntakePlace)), (2, Gen.Const(HostileEntry.IntakeDutyStation)),
            (4, Gen.Const(HostileEntry.Question)), (1, Gen.Const(HostileEntry.FocalPointNote))),
        HostileText.Value, Gen.OneOf("escalate", "close", "askReporter", "recordDecision"),
        (entry, text, verb) => new HostileCase(entry, text, verb));

    public override string ToString() => $"{Entry}{(Entry == HostileEntry.FocalPointNote ? " " + Verb : "")}: {FuzzRun.Show(Text)}";
}
