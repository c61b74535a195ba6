using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RufaBot.Commands;

namespace RufaBot.Cli;

/// <summary>
/// Builds the Teams app package from <c>manifest/</c>: fills every <c>${{NAME}}</c> placeholder (and refuses to
/// leave any), writes the command lists from <see cref="BotCommands"/> and the valid domains, and zips
/// manifest.json with its two icons and its translations (<see cref="ManifestTranslations"/>) at the root, where
/// Teams looks for them.
/// </summary>
internal static partial class ManifestPacker
{
    public sealed record Package(byte[] Zip, JsonObject Manifest, IReadOnlySet<string> Placeholders);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Entries get a fixed date so packing the same inputs twice gives the same bytes.
    private static readonly DateTimeOffset EntryDate = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [GeneratedRegex(@"\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    public static Package Pack(string folder, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> validDomains)
    {
        var templatePath = Path.Combine(folder, "manifest.json");
        if (!File.Exists(templatePath))
            throw new CliException($"No manifest.json in {folder}.", RufaCli.Failed);

        var used = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var filled = Placeholder().Replace(File.ReadAllText(templatePath), match =>
        {
            var name = match.Groups[1].Value;
            used.Add(name);
            if (values.TryGetValue(name, out var value))
                return JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
            missing.Add(name);
            return match.Value;
        });
        if (missing.Count > 0)
            throw new CliException($"manifest.json has placeholders with no value: {string.Join(", ", missing)}. Give each with --set NAME=value.");
        if (filled.Contains("${{", StringComparison.Ordinal))
            throw new CliException("manifest.json still contains '${{' after filling placeholders; placeholder names are letters, digits and _ only.", RufaCli.Failed);

        var manifest = Parse(filled, templatePath);
        var bot = manifest["bots"]?.AsArray().FirstOrDefault()?.AsObject()
            ?? throw new CliException($"{templatePath} declares no bot.", RufaCli.Failed);
        bot["commandLists"] = ManifestCommandLists.Build(BotCommands.All);
        manifest["validDomains"] = new JsonArray([.. validDomains.Select(d => (JsonNode)JsonValue.Create(d))]);
        var translations = ManifestTranslations.Read(folder, manifest, bot["commandLists"]!.AsArray());

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented) + "\n"));
            foreach (var icon in new[] { "color", "outline" })
            {
                var name = (string?)manifest["icons"]?[icon]
                    ?? throw new CliException($"{templatePath} has no icons.{icon}.", RufaCli.Failed);
                var path = Path.Combine(folder, name);
                if (name.Contains('/') || name.Contains('\\') || !File.Exists(path))
                    throw new CliException($"icons.{icon} must name a file beside manifest.json; '{name}' is not one.", RufaCli.Failed);
                Add(archive, name, File.ReadAllBytes(path));
            }
            foreach (var (name, bytes) in translations)
                Add(archive, name, bytes);
        }
        return new Package(zip.ToArray(), manifest, used);
    }

    private static JsonObject Parse(string json, string path)
    {
        try
        {
            return JsonNode.Parse(json)?.AsObject() ?? throw new CliException($"{path} is empty.", RufaCli.Failed);
        }
        catch (Exception problem) when (problem is JsonException or InvalidOperationException)
        {
            throw new CliException($"{path} is not a JSON object once filled in: {problem.Message}", RufaCli.Failed);
        }
    }

    private static void Add(ZipArchive archive, string name, byte[] content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryDate;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
