namespace RufaBot.Dialogs.Tests.Harness;

// A small flow with a branch, a message on each path, an optional question and a summary, to test reviewing:
//   topic (a|b) → [b: bNote, detail] → name → when (optional) → note → review → end
internal static class ReviewFlow
{
    public const string Dialog = """
        { "$schema": "./dialog.schema.json", "id": "review", "version": 1, "title": "r.title", "steps": [
          { "id": "topic", "kind": "choice", "text": "r.topic", "label": "r.topic.label",
            "choices": [ { "id": "a", "text": "r.a" }, { "id": "b", "text": "r.b" } ] },
          { "id": "checkTopic", "kind": "branch", "cases": [ { "when": { "step": "topic", "equals": "b" }, "goto": "bNote" } ], "else": "name" },
          { "id": "bNote", "kind": "message", "text": "r.bNote" },
          { "id": "detail", "kind": "text", "text": "r.detail", "label": "r.detail.label", "minLength": 3 },
          { "id": "name", "kind": "text", "text": "r.name" },
          { "id": "when", "kind": "date", "text": "r.when", "label": "r.when.label", "optional": true, "allowFuture": false },
          { "id": "note", "kind": "message", "text": "r.note" },
          { "id": "review", "kind": "summary", "text": "r.review" },
          { "id": "done", "kind": "end", "text": "r.done" } ] }
        """;

    public static readonly (string Key, string Text)[] Strings =
    [
        ("r.title", "the review test"), ("r.topic", "Which topic?"), ("r.topic.label", "Topic"), ("r.a", "Apples"), ("r.b", "Bananas"),
        ("r.bNote", "Bananas need a detail."), ("r.detail", "Which detail?"), ("r.detail.label", "Detail"),
        ("r.name", "What is your name?"), ("r.when", "When?"), ("r.when.label", "When"), ("r.note", "Almost done."),
        ("r.review", "Please check your answers."), ("r.done", "Thanks, all done."),
    ];

    public static FlowCatalog Load(string? extraFile = null, string? extraDialog = null)
    {
        using var folder = DialogFolder.CopyOfRepo().AddStrings(Strings).Write("review.dialog.json", Dialog);
        if (extraFile is not null) folder.Write(extraFile, extraDialog!);
        return folder.Load();
    }

    private static readonly Lazy<FlowCatalog> Shared = new(() => Load());

    // Topic a, a name, "when" skipped: waiting on the summary.
    public static Transcript AtSummary(string topic = "a", string locale = "en")
    {
        var t = new Transcript(Shared.Value, locale).Begin("review").Send(topic);
        if (topic == "b") t.Send("ripe");
        return t.Send("Amina").Send("skip").Reply("Almost done.").Asks(Messages.PromptKind.Summary, "review");
    }
}
