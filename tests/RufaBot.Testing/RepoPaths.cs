namespace RufaBot.Testing;

/// <summary>Finds files of the repository from a test's output directory.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding RufaBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RufaBot.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("RufaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
