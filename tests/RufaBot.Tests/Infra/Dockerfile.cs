using System.Text.RegularExpressions;
using RufaBot.Testing;

namespace RufaBot.Tests.Infra;

/// <summary>The repository's Dockerfile as a list of instructions (continuation lines joined, comments dropped).</summary>
internal sealed partial class Dockerfile
{
    public IReadOnlyList<string> Instructions { get; }

    private Dockerfile(IReadOnlyList<string> instructions) => Instructions = instructions;

    public static Dockerfile Load()
    {
        var joined = ContinuedLine().Replace(File.ReadAllText(RepoPaths.Combine("Dockerfile")), " ");
        return new Dockerfile([.. joined.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]);
    }

    /// <summary>Arguments of every instruction with this keyword, e.g. "COPY".</summary>
    public IEnumerable<string> All(string keyword) =>
        Instructions.Where(i => i.StartsWith(keyword + " ", StringComparison.Ordinal)).Select(i => i[(keyword.Length + 1)..].Trim());

    /// <summary>The ENV instructions' variables.</summary>
    public IReadOnlyDictionary<string, string> Environment => All("ENV")
        .SelectMany(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(pair => pair[0], pair => pair[1]);

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex ContinuedLine();
}
