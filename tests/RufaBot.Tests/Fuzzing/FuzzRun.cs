using CsCheck;
using Xunit.Abstractions;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// How many cases each property runs (ten thousand in all per run) and how it runs them: CsCheck's random seed, two
/// threads (the cores CI has), and on failure the seed and the shrunk case in the test's output, so the case can be
/// replayed with <c>seed:</c>.
/// </summary>
internal static class FuzzRun
{
    public const int MalformedActivities = 3500, ForgedActions = 1500, HostileTexts = 1000, DialogInputs = 4000;

    public static Task SampleAsync<T>(Gen<T> gen, Func<T, Task> property, int cases, ITestOutputHelper output, Func<T, string> print, int threads = 2) =>
        gen.SampleAsync(property, writeLine: output.WriteLine, iter: cases, threads: threads, print: print);

    public static void Sample<T>(Gen<T> gen, Action<T> property, int cases, ITestOutputHelper output, Func<T, string> print) =>
        gen.Sample(property, writeLine: output.WriteLine, iter: cases, threads: 2, print: print);

    /// <summary>A value for a failure message: at most 400 characters, control characters shown as escapes.</summary>
    public static string Show(string text)
    {
        var shown = string.Concat(text.Take(400).Select(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\u202E' or '\u200D' ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length > 400 ? $"{shown}… ({text.Length} chars)" : shown;
    }
}
