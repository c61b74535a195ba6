using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RufaBot.Testing;

namespace RufaBot.Tests.Infra;

/// <summary>
/// src/infra compiles with the Bicep CLI (syntax, resource types and API versions from Bicep's built-in type index),
/// lints clean with src/infra/bicepconfig.json, and wires the settings RufaBot actually reads.
/// </summary>
public sealed partial class InfraTemplateTests
{
    private static readonly Dictionary<string, string> ExampleSecrets = new()
    {
        ["RUFABOT_BOT_APP_PASSWORD"] = "not-a-real-client-secret",
        ["RUFABOT_REPORTER_KEY_SECRET"] = "not-a-real-reporter-key-secret-0123456789",
        ["RUFABOT_POSTGRES_PASSWORD"] = "not-a-real-password",
    };

    [Fact]
    public async Task MainTemplate_BuildsWithNoErrorOrWarning()
    {
        var result = await BicepCli.RunAsync(null, "build", "main.bicep", "--stdout");

        Assert.True(result.ExitCode == 0, result.Diagnostics);
        Assert.Empty(result.Problems);
        Assert.NotNull(JsonNode.Parse(result.Output)?["resources"]);
    }

    [Fact]
    public async Task MainTemplate_LintsClean()
    {
        var result = await BicepCli.RunAsync(null, "lint", "main.bicep");

        Assert.True(result.ExitCode == 0, result.Diagnostics);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task ExampleParameters_BuildAgainstTheTemplate_WithSecretsFromTheEnvironment()
    {
        var result = await BicepCli.RunAsync(ExampleSecrets, "build-params", "main.example.bicepparam", "--stdout");

        Assert.True(result.ExitCode == 0, result.Diagnostics);
        Assert.Empty(result.Problems);
        Assert.DoesNotContain(ExampleSecrets["RUFABOT_BOT_APP_PASSWORD"], File.ReadAllText(RepoPaths.Combine("src", "infra", "main.example.bicepparam")));
    }

    [Fact]
    public async Task Template_DeploysEveryPieceRufaBotNeeds()
    {
        var resources = await CompiledResourcesAsync();

        string[] expected =
        [
            "Microsoft.Web/serverfarms", "Microsoft.Web/sites", "Microsoft.BotService/botServices",
            "Microsoft.BotService/botServices/channels", "Microsoft.Cache/redisEnterprise", "Microsoft.Cache/redisEnterprise/databases",
            "Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforPostgreSQL/flexibleServers/databases",
            "Microsoft.CognitiveServices/accounts", "Microsoft.CognitiveServices/accounts/deployments", "Microsoft.KeyVault/vaults",
            "Microsoft.KeyVault/vaults/secrets", "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.Authorization/roleAssignments",
            "Microsoft.Insights/components", "Microsoft.OperationalInsights/workspaces",
        ];
        Assert.Empty(expected.Except(resources.Select(r => (string)r["type"]!)));

        var site = resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites")["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)site["linuxFxVersion"]);
        var bot = resources.Single(r => (string?)r["type"] == "Microsoft.BotService/botServices")["properties"]!;
        Assert.Equal("SingleTenant", (string?)bot["msaAppType"]);
        var teams = resources.Single(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels")["properties"]!;
        Assert.Equal("MsTeamsChannel", (string?)teams["channelName"]);
        Assert.True((bool)teams["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void AppSettings_AreKeysRufaBotReads()
    {
        var main = File.ReadAllText(RepoPaths.Combine("src", "infra", "main.bicep"));
        var settings = SettingName().Matches(main[main.IndexOf("settings: union(", StringComparison.Ordinal)..])
            .Select(m => m.Groups[1].Value.Replace("__", ":", StringComparison.Ordinal)).ToList();
        var known = SampleKeys(JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("appsettings.sample.json")))!, "").ToHashSet();

        Assert.Contains("ConnectionStrings:Rufa", settings);
        Assert.Contains("Concerns:ReporterKeySecret", settings);
        Assert.DoesNotContain(settings, s => !known.Contains(s));
        Assert.True(settings.Count >= 12, string.Join(", ", settings));
    }

    private static async Task<List<JsonNode>> CompiledResourcesAsync()
    {
        var result = await BicepCli.RunAsync(null, "build", "main.bicep", "--stdout");
        Assert.True(result.ExitCode == 0, result.Diagnostics);
        var all = new List<JsonNode>();
        Collect(JsonNode.Parse(result.Output)!, all);
        return all;
    }

    // Modules compile into nested deployments whose templates hold their resources.
    private static void Collect(JsonNode template, List<JsonNode> into)
    {
        var resources = template["resources"];
        IEnumerable<JsonNode?> items = resources switch
        {
            JsonArray array => array,
            JsonObject map => map.Select(p => p.Value),
            _ => [],
        };
        foreach (var resource in items.OfType<JsonNode>())
        {
            if ((string?)resource["type"] == "Microsoft.Resources/deployments")
                Collect(resource["properties"]!["template"]!, into);
            else if (resource["existing"] is null)
                into.Add(resource);
        }
    }

    private static IEnumerable<string> SampleKeys(JsonNode node, string prefix) => node is JsonObject section
        ? section.SelectMany(p => SampleKeys(p.Value!, prefix.Length == 0 ? p.Key : $"{prefix}:{p.Key}"))
        : [prefix];

    [GeneratedRegex(@"^\s{6}([A-Za-z_]+(?:__[A-Za-z]+)+|Microsoft[A-Za-z]+|APPLICATIONINSIGHTS_CONNECTION_STRING): ", RegexOptions.Multiline)]
    private static partial Regex SettingName();
}
