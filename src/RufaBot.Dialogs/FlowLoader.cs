using System.Text.Json;
using RufaBot.Dialogs.Loading;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs;

// Loads and validates a dialogs folder once at startup:
//   dialog.schema.json, strings.schema.json, *.dialog.json, strings/<language>.json.
// Every problem found is reported together in one FlowValidationException.
public static class FlowLoader
{
    public const string DialogSchemaFile = "dialog.schema.json";
    public const string StringsSchemaFile = "strings.schema.json";

    public static FlowCatalog Load(string dialogsFolder)
    {
        var problems = new Problems();
        if (!Directory.Exists(dialogsFolder))
        {
            problems.Add(dialogsFolder, "$", "the dialogs folder does not exist");
            problems.ThrowIfAny();
        }

        var dialogSchema = SchemaValidator.Load(dialogsFolder, DialogSchemaFile, problems);
        var stringsSchema = SchemaValidator.Load(dialogsFolder, StringsSchemaFile, problems);
        var strings = StringsLoader.Load(dialogsFolder, stringsSchema, problems);

        var compiled = new List<(FlowDefinition Flow, FlowCompiler Compiler)>();
        foreach (var path in Directory.GetFiles(dialogsFolder, "*" + FlowCompiler.Suffix).OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            using var doc = Parse(path, file, problems);
            if (doc is null || dialogSchema is null || !dialogSchema.Validate(doc.RootElement, file, problems)) continue;

            var dto = doc.RootElement.Deserialize(DialogFileJson.Default.DialogFile)!;
            var compiler = new FlowCompiler(file, problems, strings);
            if (compiler.Compile(dto) is { } flow) compiled.Add((flow, compiler));
        }
        if (compiled.Count == 0 && !problems.Any)
            problems.Add(dialogsFolder, "$", $"no *{FlowCompiler.Suffix} file found");

        CrossChecks.Run(compiled, strings, problems);
        problems.ThrowIfAny();
        return new FlowCatalog(compiled.Select(c => c.Flow), strings!);
    }

    internal static JsonDocument? Parse(string path, string file, Problems problems)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            problems.Add(file, e.Path ?? "$", $"not valid JSON{where}: {e.Message}");
            return null;
        }
    }
}
