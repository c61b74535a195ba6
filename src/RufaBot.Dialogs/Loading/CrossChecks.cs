using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Loading;

// Checks that span files: called dialogs exist and never call back into themselves, every string
// key used exists in every language, and the engine's own strings are complete everywhere.
internal static class CrossChecks
{
    public static void Run(List<(FlowDefinition Flow, FlowCompiler Compiler)> compiled, StringCatalog? strings, Problems problems)
    {
        var calls = compiled.ToDictionary(c => c.Flow.Id, c => c.Compiler.Calls.Select(x => x.Dialog).ToList());
        foreach (var (flow, compiler) in compiled)
        {
            foreach (var (dialog, path) in compiler.Calls)
            {
                if (!calls.ContainsKey(dialog))
                    problems.Add(flow.File, path, $"calls dialog '{dialog}', which does not exist (no {dialog}{FlowCompiler.Suffix})");
                else if (Reaches(calls, dialog, flow.Id, []))
                    problems.Add(flow.File, path, $"calls dialog '{dialog}', which leads back to '{flow.Id}': calls must not loop");
            }
            if (strings is null) continue;
            foreach (var (key, path) in compiler.Keys)
            {
                foreach (var table in strings.Tables.Where(t => !t.HasText(key)))
                    problems.Add(flow.File, path, $"string key '{key}' is missing from {StringsLoader.Folder}/{table.Language}.json");
            }
        }
        if (strings is not null) EngineStrings(strings, problems);
    }

    private static bool Reaches(Dictionary<string, List<string>> calls, string from, string target, HashSet<string> seen)
    {
        if (from == target) return true;
        if (!seen.Add(from) || !calls.TryGetValue(from, out var next)) return false;
        return next.Any(n => Reaches(calls, n, target, seen));
    }

    private static void EngineStrings(StringCatalog strings, Problems problems)
    {
        foreach (var table in strings.Tables)
        {
            var file = $"{StringsLoader.Folder}/{table.Language}.json";
            foreach (var key in EngineKeys.Texts.Where(k => !table.HasText(k)))
                problems.Add(file, JsonPaths.Property("$", key), $"the engine's string '{key}' is missing");
            foreach (var key in EngineKeys.WordLists.Where(k => !table.HasWords(k)))
                problems.Add(file, JsonPaths.Property("$", key), $"the engine's word list '{key}' (an array of words) is missing");
        }
        foreach (var both in strings.Yes.Intersect(strings.No))
            problems.Add($"{StringsLoader.Folder}/", "$", $"'{both}' is both a yes word and a no word");
    }
}
