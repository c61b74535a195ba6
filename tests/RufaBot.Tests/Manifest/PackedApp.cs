using System.IO.Compression;
using System.Text.Json.Nodes;
using RufaBot.Cli;
using RufaBot.Testing;

namespace RufaBot.Tests.Manifest;

/// <summary>Runs <c>pack-manifest</c> as the command line does, into a temporary folder, and opens what it wrote.</summary>
public sealed class PackedApp : IDisposable
{
    public const string BotId = "3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f";

    private readonly string _folder = Directory.CreateTempSubdirectory("rufabot-pack-").FullName;

    public string ZipPath => Path.Combine(_folder, "rufabot-teams-app.zip");
    public int ExitCode { get; private set; }
    public string Output { get; private set; } = "";
    public string Error { get; private set; } = "";

    /// <summary>Packs the repository's manifest/ for <see cref="BotId"/>, with any extra options.</summary>
    public Task<PackedApp> PackAsync(params string[] options) =>
        RunAsync(["--bot-id", BotId, "--manifest", RepoPaths.Combine("manifest"), .. options]);

    /// <summary>Runs pack-manifest with exactly these options (and --out into the temporary folder).</summary>
    public async Task<PackedApp> RunAsync(params string[] options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        ExitCode = await RufaCli.RunAsync(["pack-manifest", "--out", ZipPath, .. options], TextReader.Null, output, error);
        (Output, Error) = (output.ToString(), error.ToString());
        return this;
    }

    public IReadOnlyList<string> EntryNames()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    public byte[] Entry(string name)
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        using var stream = zip.GetEntry(name)?.Open() ?? throw new Xunit.Sdk.XunitException($"{name} is not in the package");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string ManifestText() => System.Text.Encoding.UTF8.GetString(Entry("manifest.json"));

    public JsonObject Manifest() => JsonNode.Parse(ManifestText())!.AsObject();

    /// <summary>A copy of manifest/ to change in a test.</summary>
    public string CopyOfManifestFolder()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_folder, "manifest")).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("manifest")))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
