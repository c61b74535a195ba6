using System.Text.Json.Nodes;
using RufaBot.Dialogs;

namespace RufaBot.Dialogs.Tests.Harness;

// A throwaway copy of the real dialogs folder that a test can add to or break.
internal sealed class DialogFolder : IDisposable
{
    private DialogFolder(string path) => Path = path;

    public string Path { get; }

    public static DialogFolder CopyOfRepo()
    {
        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rufa-dialogs-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepoDialogs.Folder, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(RepoDialogs.Folder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return new DialogFolder(target);
    }

    public DialogFolder Write(string relativePath, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, relativePath), content);
        return this;
    }

    public DialogFolder Delete(string relativePath)
    {
        File.Delete(System.IO.Path.Combine(Path, relativePath));
        return this;
    }

    // Adds keys to every shipped language (a test flow's strings need not be translated).
    public DialogFolder AddStrings(params (string Key, string Text)[] strings)
    {
        // Only the main table of each language: area tables (induction.en.json) must not define the keys twice.
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(Path, "strings"), "*.json")
                     .Where(f => !System.IO.Path.GetFileNameWithoutExtension(f).Contains('.')))
        {
            EditStrings(file, table =>
            {
                foreach (var (key, text) in strings) table[key] = text;
            });
        }
        return this;
    }

    public DialogFolder RemoveString(string language, string key)
    {
        EditStrings(System.IO.Path.Combine(Path, "strings", language + ".json"), table => table.Remove(key));
        return this;
    }

    public FlowCatalog Load() => FlowLoader.Load(Path);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }

    private static void EditStrings(string file, Action<JsonObject> edit)
    {
        var table = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        edit(table);
        File.WriteAllText(file, table.ToJsonString());
    }
}
