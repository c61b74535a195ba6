using System.Text.Json;
using System.Text.RegularExpressions;
using RufaBot.Testing;

namespace RufaBot.Tests.Docs;

/// <summary>
/// <c>docs/reporter-promises.md</c> stays true to the code: every string key it lists exists in every language, and
/// every test it names exists (so the promise is proven by a test that runs in this suite).
/// </summary>
public sealed partial class ReporterPromisesTests
{
    private static readonly string Doc = File.ReadAllText(RepoPaths.Combine("docs", "reporter-promises.md"));

    public static TheoryData<string> Keys() => [.. Rows().SelectMany(r => r.Keys).Distinct()];

    public static TheoryData<string> TestNames() => [.. Rows().SelectMany(r => r.Tests).Distinct()];

    [Fact]
    public void EveryPromise_NamesAtLeastOneTest()
    {
        Assert.NotEmpty(Rows());
        Assert.All(Rows(), r => Assert.True(r.Tests.Count > 0, $"{string.Join(", ", r.Keys)} has no test"));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryPromiseKey_IsSaidInEveryLanguage(string key)
    {
        var files = Directory.GetFiles(RepoPaths.Combine("dialogs", "strings"), "*.json");
        var withKey = files.Where(f => Has(f, key)).ToList();
        Assert.True(withKey.Count > 0, $"{key} is in no string file");
        var family = files.Where(f => Stem(f) == Stem(withKey[0])).ToList();
        Assert.True(family.Count > 1, $"{key}: only one language");
        Assert.All(family, f => Assert.True(Has(f, key), $"{key} is missing from {Path.GetFileName(f)}"));
    }

    [Theory]
    [MemberData(nameof(TestNames))]
    public void EveryNamedTest_Exists(string name)
    {
        var declaration = new Regex($@"\b(Task|void)\s+{Regex.Escape(name)}\s*\(");
        var found = Directory.EnumerateFiles(RepoPaths.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(f => declaration.IsMatch(File.ReadAllText(f)));
        Assert.True(found, $"no test named {name}");
    }

    private static IReadOnlyList<(IReadOnlyList<string> Keys, IReadOnlyList<string> Tests)> Rows() =>
        [.. Doc.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('|'))
            .Select(cells => ((IReadOnlyList<string>)Ticked(cells[1]), (IReadOnlyList<string>)Ticked(cells[3])))];

    private static List<string> Ticked(string cell) => [.. Backticked().Matches(cell).Select(m => m.Groups[1].Value)];

    /// <summary><c>escalation.en.json</c> → <c>escalation</c>; <c>en.json</c> → empty (the main family).</summary>
    private static string Stem(string file) => Path.GetFileNameWithoutExtension(file) is var name && name.Contains('.') ? name[..name.LastIndexOf('.')] : "";

    private static bool Has(string file, string key)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(key, out _);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
