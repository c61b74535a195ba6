namespace RufaBot.Cli;

/// <summary>Where the user's relative paths start, and where the repository's <c>manifest/</c> and bot folders are.</summary>
internal static class UserPaths
{
    // `dotnet run --project src/RufaBot.Cli` starts the app in the project folder, not where the command was typed.
    // Shells export the folder the user is in as PWD, so relative paths start there when it is known.
    public static string WorkingDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Path.IsPathRooted(pwd) && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory;

    public static string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The nearest folder named manifest holding a manifest.json, above the working directory or the binary.</summary>
    public static string? FindManifestFolder() => FindAbove("manifest", "manifest.json");

    /// <summary>The bot's project folder (<c>src/RufaBot</c>), where the web host reads its configuration and data.</summary>
    public static string? FindBotFolder() => FindAbove(Path.Combine("src", "RufaBot"), "RufaBot.csproj");

    private static string? FindAbove(string relativeFolder, string marker)
    {
        foreach (var start in new[] { WorkingDirectory, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relativeFolder);
                if (File.Exists(Path.Combine(candidate, marker)))
                    return candidate;
            }
        }
        return null;
    }
}
