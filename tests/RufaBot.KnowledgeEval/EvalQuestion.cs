using System.Text.Json;
using System.Text.Json.Serialization;

namespace RufaBot.KnowledgeEval;

/// <summary>
/// One question of the evaluation. <see cref="Cite"/> lists the passages the answer must cite: every group must be
/// cited, any passage of a group will do ("DAP 2.3" or, for a two-passage question, [["DAP 2.2"], ["DAP 2.3"]]).
/// <see cref="Facts"/> must all appear in the answer; "|" separates accepted wordings. A question with no group to
/// cite is one the documents cannot answer: the right answer says so.
/// </summary>
internal sealed record EvalQuestion(string Id, string Kind, string Question, string? Locale, List<List<string>> Cite, List<string> Facts)
{
    public bool Answerable => Cite.Count > 0;

    public static IReadOnlyList<EvalQuestion> Load(string path)
    {
        var file = JsonSerializer.Deserialize(File.ReadAllText(path), EvalJson.Default.EvalFile)
            ?? throw new InvalidDataException($"{path}: empty.");
        var duplicate = file.Questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"{path}: question id '{duplicate.Key}' is used twice.");
        return file.Questions;
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "questions.json");

    /// <summary>Questions in Spanish, Russian, Arabic and Chinese, measured apart so the main set's targets stay comparable.</summary>
    public static string LanguagesPath => Path.Combine(AppContext.BaseDirectory, "questions.languages.json");
}

internal sealed record EvalFile(List<EvalQuestion> Questions);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(EvalFile))]
internal sealed partial class EvalJson : JsonSerializerContext;
