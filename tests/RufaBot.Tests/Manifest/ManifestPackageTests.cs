using System.Text.Json.Nodes;
using RufaBot.Commands;

namespace RufaBot.Tests.Manifest;

/// <summary>
/// The Teams app package as <c>pack-manifest</c> writes it: three files at the root, every placeholder filled, the
/// command lists from <see cref="BotCommands"/>, and icons Teams accepts. <see cref="OfficialSchemaTests"/> validates the
/// package against Microsoft's schema.
/// </summary>
public sealed class ManifestPackageTests : IDisposable
{
    private readonly PackedApp _app = new();

    [Fact]
    public async Task Package_HoldsManifestAndIcons_AtTheRoot()
    {
        await _app.PackAsync();

        Assert.Equal(0, _app.ExitCode);
        Assert.Equal(["ar.json", "color.png", "es.json", "fr.json", "manifest.json", "outline.png", "ru.json", "zh.json"], _app.EntryNames().Order());
        Assert.Contains(_app.ZipPath, _app.Output);
    }

    [Fact]
    public async Task Manifest_IsJson_WithEveryPlaceholderFilled()
    {
        await _app.PackAsync("--version", "2.3.4", "--domain", "rufabot.example.org");

        Assert.DoesNotContain("${{", _app.ManifestText());
        var manifest = _app.Manifest();
        Assert.Equal(PackedApp.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(PackedApp.BotId, (string?)manifest["id"]);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
        Assert.Equal(["rufabot.example.org"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.EndsWith($"/v{manifest["manifestVersion"]}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task CommandLists_ComeFromBotCommands_OneListPerScope()
    {
        await _app.PackAsync();

        var lists = _app.Manifest()["bots"]![0]!["commandLists"]!.AsArray();
        foreach (var (scope, name) in RufaBot.Cli.ManifestCommandLists.Scopes)
        {
            var expected = BotCommands.All.Where(c => c.Scopes.HasFlag(scope)).Select(c => c.Title).ToList();
            var list = lists.SingleOrDefault(l => (string?)l!["scopes"]![0] == name);
            Assert.Equal(expected, list?["commands"]!.AsArray().Select(c => (string?)c!["title"]) ?? []);
            Assert.InRange(expected.Count, 0, BotCommands.MaxPerScope);
        }
    }

    [Fact]
    public async Task GivenAppId_AndSetValues_AreUsed()
    {
        await _app.PackAsync("--app-id", "0B1C2D3E-4F50-4617-8A9B-0C1D2E3F4A5B", "--set", "DEVELOPER_NAME=OHCHR \"Rights\" team", "--set", "PRIVACY_URL=https://example.org/privacy");

        var manifest = _app.Manifest();
        Assert.Equal("0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b", (string?)manifest["id"]);
        Assert.Equal("OHCHR \"Rights\" team", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://example.org/privacy", (string?)manifest["developer"]!["privacyUrl"]);
    }

    [Fact]
    public async Task PackingTwice_GivesTheSameBytes()
    {
        var first = (await _app.PackAsync()).Entry("manifest.json");
        var zip = await File.ReadAllBytesAsync(_app.ZipPath);
        await _app.PackAsync();

        Assert.Equal(first, _app.Entry("manifest.json"));
        Assert.Equal(zip, await File.ReadAllBytesAsync(_app.ZipPath));
    }

    [Theory]
    [InlineData("--bot-id", "not-a-guid", "--bot-id 'not-a-guid' is not a GUID")]
    [InlineData("--bot-id", "00000000-0000-0000-0000-000000000000", "is not a GUID")]
    [InlineData("--version", "1.0", "--version '1.0' is not MAJOR.MINOR.PATCH")]
    [InlineData("--domain", "https://bot.example.org/api", "is not a host name")]
    [InlineData("--set", "PRIVACY_URL=http://example.org", "PRIVACY_URL 'http://example.org' must be an absolute https:// URL")]
    [InlineData("--set", "SUPPORT_EMAIL=x@un.org", "manifest.json has no ${{SUPPORT_EMAIL}} placeholder")]
    [InlineData("--colour", "blue", "Unknown option '--colour'")]
    public async Task BadOptions_AreRefused_SayingWhy(string option, string value, string message)
    {
        string[] options = option == "--bot-id"
            ? [option, value, "--manifest", RufaBot.Testing.RepoPaths.Combine("manifest")]
            : ["--bot-id", PackedApp.BotId, "--manifest", RufaBot.Testing.RepoPaths.Combine("manifest"), option, value];
        await _app.RunAsync(options);

        Assert.Equal(2, _app.ExitCode);
        Assert.Contains(message, _app.Error);
        Assert.False(File.Exists(_app.ZipPath));
    }

    [Fact]
    public async Task MissingBotId_IsRefused()
    {
        await _app.RunAsync("--manifest", RufaBot.Testing.RepoPaths.Combine("manifest"));

        Assert.Equal(2, _app.ExitCode);
        Assert.Contains("--bot-id is required", _app.Error);
    }

    [Fact]
    public async Task PlaceholderWithoutAValue_IsRefused_NotLeftInThePackage()
    {
        var folder = _app.CopyOfManifestFolder();
        var path = Path.Combine(folder, "manifest.json");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        manifest["developer"]!["websiteUrl"] = "${{SUPPORT_SITE_URL}}";
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        await _app.RunAsync("--bot-id", PackedApp.BotId, "--manifest", folder);
        Assert.Equal(2, _app.ExitCode);
        Assert.Contains("placeholders with no value: SUPPORT_SITE_URL", _app.Error);
        Assert.False(File.Exists(_app.ZipPath));

        await _app.RunAsync("--bot-id", PackedApp.BotId, "--manifest", folder, "--set", "SUPPORT_SITE_URL=https://example.org/help");
        Assert.Equal(0, _app.ExitCode);
        Assert.Equal("https://example.org/help", (string?)_app.Manifest()["developer"]!["websiteUrl"]);
    }

    public void Dispose() => _app.Dispose();
}
