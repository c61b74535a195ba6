using System.Text.RegularExpressions;

namespace RufaBot.Cli;

/// <summary>
/// <c>pack-manifest --bot-id GUID [--version 1.0.0] [--out rufabot-teams-app.zip] [--app-id GUID] [--domain HOST]…
/// [--set NAME=value]… [--manifest FOLDER]</c>: writes the Teams app package to upload in Teams.
/// </summary>
internal static partial class PackManifestCommand
{
    public const string DefaultOut = "rufabot-teams-app.zip";

    // The organisation that publishes the app replaces these with --set; Teams requires all four.
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["DEVELOPER_NAME"] = "Human Rights up Front",
        ["DEVELOPER_WEBSITE_URL"] = "https://www.un.org/en/",
        ["PRIVACY_URL"] = "https://www.un.org/en/about-us/privacy-notice",
        ["TERMS_OF_USE_URL"] = "https://www.un.org/en/about-us/terms-of-use",
    };

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex Version();

    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    public static int Run(string[] args, TextWriter output)
    {
        var options = CliOptions.Parse(args, "bot-id", "app-id", "version", "out", "domain", "set", "manifest");
        var botId = Guid(options.Single("bot-id")
            ?? throw new CliException("--bot-id is required: the Microsoft App ID of your Azure Bot, a GUID."), "--bot-id");
        var appId = options.Single("app-id") is { } app ? Guid(app, "--app-id") : botId;
        var version = options.Single("version") ?? "1.0.0";
        if (!Version().IsMatch(version))
            throw new CliException($"--version '{version}' is not MAJOR.MINOR.PATCH (e.g. 1.0.0); Teams needs a higher one for each update.");
        foreach (var domain in options.All("domain"))
            if (!Domain().IsMatch(domain))
                throw new CliException($"--domain '{domain}' is not a host name such as rufabot.example.org (no scheme, no path).");

        var values = new Dictionary<string, string>(Defaults, StringComparer.Ordinal)
        {
            ["BOT_ID"] = botId,
            ["TEAMS_APP_ID"] = appId,
            ["APP_VERSION"] = version,
        };
        var set = new List<string>();
        foreach (var pair in options.All("set"))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new CliException($"--set '{pair}' is not NAME=value.");
            set.Add(pair[..equals]);
            values[pair[..equals]] = pair[(equals + 1)..];
        }
        foreach (var (name, value) in values)
            if (name.EndsWith("_URL", StringComparison.Ordinal) && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
                throw new CliException($"{name} '{value}' must be an absolute https:// URL.");

        var folder = options.Single("manifest") is { } given ? UserPaths.Resolve(given) : UserPaths.FindManifestFolder()
            ?? throw new CliException("Cannot find the manifest/ folder; run from the repository or pass --manifest FOLDER.", RufaCli.Failed);
        var package = ManifestPacker.Pack(folder, values, options.All("domain"));
        if (set.FirstOrDefault(name => !package.Placeholders.Contains(name)) is { } unknown)
            throw new CliException($"--set {unknown}: manifest.json has no ${{{{{unknown}}}}} placeholder. It has: {string.Join(", ", package.Placeholders)}.");

        var path = UserPaths.Resolve(options.Single("out") ?? DefaultOut);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, package.Zip);

        output.WriteLine($"Wrote {path}");
        output.WriteLine($"  Teams app {appId}, version {version}, bot {botId}, manifest schema {package.Manifest["manifestVersion"]}");
        foreach (var list in package.Manifest["bots"]![0]!["commandLists"]!.AsArray())
            output.WriteLine($"  {list!["scopes"]![0]} commands: {string.Join(", ", list["commands"]!.AsArray().Select(c => (string?)c!["title"]))}");
        output.WriteLine("Upload it in Teams: Apps > Manage your apps > Upload an app (or through the Teams admin center).");
        return RufaCli.Ok;
    }

    private static string Guid(string value, string option) =>
        System.Guid.TryParse(value, out var id) && id != System.Guid.Empty
            ? id.ToString("D")
            : throw new CliException($"{option} '{value}' is not a GUID like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (the App ID shown on your Azure Bot's Configuration page).");
}
