using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

public sealed record AttachmentsAnswer(IReadOnlyList<AttachmentInfo> Files) : Answer
{
    public override string ToInputValue() => string.Join(", ", Files.Select(f => f.Name));

    public override JsonNode ToJson() => new JsonArray([.. Files.Select(File)]);

    private static JsonNode File(AttachmentInfo f)
    {
        var o = new JsonObject { ["name"] = f.Name, ["contentType"] = f.ContentType };
        if (f.Size is { } size) o["size"] = size;
        if (f.Url is { } url) o["url"] = url;
        return o;
    }
}
