using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RufaBot.Cli;

/// <summary>
/// The manifest's translations (<c>localizationInfo.additionalLanguages</c>): each file beside manifest.json, read and
/// checked before it goes into the package, since Teams only says "invalid package" at upload. A file must translate
/// every command of every packed list, and nothing else: the lists are generated from the code, so a command added
/// there without its translations, or a translation left for a command that moved, fails the packing.
/// </summary>
internal static partial class ManifestTranslations
{
    [GeneratedRegex(@"^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$")]
    private static partial Regex CommandKey();

    /// <summary>(file name, bytes) of each translation, in the manifest's order; none when it declares none.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Read(string folder, JsonObject manifest, JsonArray commandLists)
    {
        var languages = manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [];
        var expected = Expected(commandLists);
        var files = new List<(string, byte[])>();
        foreach (var language in languages)
        {
            var name = (string?)language?["file"] ?? "";
            var path = Path.Combine(folder, name);
            if (name.Length == 0 || name.Contains('/') || name.Contains('\\') || !File.Exists(path))
                throw new CliException($"localizationInfo names '{name}', which is not a file beside manifest.json.", RufaCli.Failed);
            var bytes = File.ReadAllBytes(path);
            Check(name, bytes, expected);
            files.Add((name, bytes));
        }
        return files;
    }

    // Every key a translation must have, with Teams' limits on what the command menu shows.
    private static Dictionary<string, int> Expected(JsonArray commandLists)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < commandLists.Count; i++)
            for (var j = 0; j < commandLists[i]!["commands"]!.AsArray().Count; j++)
            {
                keys[$"bots[0].commandLists[{i}].commands[{j}].title"] = ManifestCommandLists.MaxTitleLength;
                keys[$"bots[0].commandLists[{i}].commands[{j}].description"] = ManifestCommandLists.MaxDescriptionLength;
            }
        return keys;
    }

    private static void Check(string name, byte[] bytes, Dictionary<string, int> expected)
    {
        JsonObject translation;
        try
        {
            translation = JsonNode.Parse(bytes)?.AsObject() ?? throw new CliException($"{name} is empty.", RufaCli.Failed);
        }
        catch (Exception problem) when (problem is JsonException or InvalidOperationException)
        {
            throw new CliException($"{name} is not a JSON object: {problem.Message}", RufaCli.Failed);
        }
        var commands = translation.Where(p => CommandKey().IsMatch(p.Key)).ToDictionary(p => p.Key, p => (string?)p.Value ?? "");
        var missing = expected.Keys.Where(k => !commands.ContainsKey(k)).ToList();
        var unknown = commands.Keys.Where(k => !expected.ContainsKey(k)).ToList();
        var tooLong = commands.Where(c => expected.TryGetValue(c.Key, out var max) && (c.Value.Length == 0 || c.Value.Length > max)).Select(c => c.Key).ToList();
        if (missing.Count + unknown.Count + tooLong.Count > 0)
            throw new CliException($"{name} does not match the command lists: missing [{string.Join(", ", missing)}], no such command [{string.Join(", ", unknown)}], "
                + $"empty or too long [{string.Join(", ", tooLong)}].", RufaCli.Failed);
    }
}
