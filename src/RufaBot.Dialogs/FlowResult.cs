using System.Text.Json.Nodes;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Dialogs;

// The answers of a completed root flow, only those on the path actually taken, in answer order.
public sealed class FlowResult(string flowId, IReadOnlyDictionary<string, Answer> answers, IReadOnlyList<string> path)
{
    public string FlowId => flowId;

    public IReadOnlyDictionary<string, Answer> Answers => answers;

    public IReadOnlyList<string> Path => path;

    public T? Get<T>(string stepId) where T : Answer => answers.TryGetValue(stepId, out var a) ? a as T : null;

    public JsonObject ToJson() => (JsonObject)new FlowAnswer(flowId, answers, path).ToJson();
}
