namespace RufaBot.Storage;

/// <summary>
/// Creates a folder for data or keys. The outermost folder it has to create gets a <c>.gitignore</c> of <c>*</c> (as
/// Python's venv does), so a database or key ring that <c>dotnet run</c> creates inside a clone is never committed.
/// </summary>
internal static class DataFolder
{
    public static string Ensure(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            return full;
        var outermost = full;
        while (Path.GetDirectoryName(outermost) is { } parent && !Directory.Exists(parent))
            outermost = parent;
        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(outermost, ".gitignore"), "# Created by RufaBot: databases and keys never belong in git.\n*\n");
        return full;
    }
}
