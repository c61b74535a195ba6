using System.Text.Json;
using Json.Schema;

namespace RufaBot.Dialogs.Loading;

// Checks JSON files against a schema of the dialogs folder and reports each failure by JSON path.
internal sealed class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema) => _schema = schema;

    public static SchemaValidator? Load(string folder, string fileName, Problems problems)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            problems.Add(fileName, "$", "the schema file is missing from the dialogs folder");
            return null;
        }
        try
        {
            // A registry per load: the global one refuses a second schema with the same $id.
            var schema = JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            return new SchemaValidator(schema);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            problems.Add(fileName, "$", "the schema itself is not valid: " + e.Message);
            return null;
        }
    }

    public bool Validate(JsonElement root, string file, Problems problems)
    {
        var results = _schema.Evaluate(root, Options);
        if (results.IsValid) return true;

        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if/", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => (Pointer: d.InstanceLocation.ToString(), Eval: d.EvaluationPath.ToString(), e.Key, e.Value)))
            .ToList();
        // When a step fails for a clear reason, the schema also calls its other properties "not
        // allowed" (their branch failed, so nothing evaluated them): report only the clear reason.
        var specific = failures.Where(f => !IsUnknownProperty(f.Eval)).Select(f => f.Pointer).ToList();
        var reported = 0;
        foreach (var f in failures.DistinctBy(f => (f.Pointer, f.Value)).OrderBy(f => f.Pointer, StringComparer.Ordinal))
        {
            var unknown = IsUnknownProperty(f.Eval);
            if (unknown && specific.Any(p => p.StartsWith(Parent(f.Pointer), StringComparison.Ordinal))) continue;
            problems.Add(file, JsonPaths.FromPointer(f.Pointer), unknown ? NotAllowed(f.Pointer) : Reason(f.Key, f.Value, f.Pointer));
            reported++;
        }
        if (reported == 0) problems.Add(file, "$", "does not match the schema");
        return false;
    }

    private static string Parent(string pointer) => pointer[..Math.Max(0, pointer.LastIndexOf('/'))];

    private static string NotAllowed(string pointer) =>
        $"property '{pointer[(pointer.LastIndexOf('/') + 1)..]}' is not allowed here (misspelt, or not for this kind of step)";

    private static string Reason(string key, string message, string pointer) => key switch
    {
        "enum" when pointer.EndsWith("/kind", StringComparison.Ordinal) =>
            "kind must be one of message, text, choice, confirm, date, country, number, attachment, summary, branch, call, end",
        "" => message,
        _ => $"{key}: {message}",
    };

    private static bool IsUnknownProperty(string evaluationPath) =>
        evaluationPath.EndsWith("unevaluatedProperties", StringComparison.Ordinal)
        || evaluationPath.EndsWith("additionalProperties", StringComparison.Ordinal);
}
