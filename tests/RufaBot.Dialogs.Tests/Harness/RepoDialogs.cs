using RufaBot.Dialogs;

namespace RufaBot.Dialogs.Tests.Harness;

// The real dialogs/ folder of the repository, found from the test binaries, loaded once.
internal static class RepoDialogs
{
    public static string Folder { get; } = Find();

    private static readonly Lazy<FlowCatalog> Loaded = new(() => FlowLoader.Load(Folder));

    public static FlowCatalog Catalog => Loaded.Value;

    // A fixed Wednesday, so relative dates have one right answer.
    public static readonly DateTimeOffset Now = new(2025, 3, 19, 10, 0, 0, TimeSpan.Zero);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RufaBot.sln"))) return Path.Combine(dir.FullName, "dialogs");
        }
        throw new InvalidOperationException("RufaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
