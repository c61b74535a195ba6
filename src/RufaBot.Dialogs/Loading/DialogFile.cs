using System.Text.Json.Serialization;

namespace RufaBot.Dialogs.Loading;

// The shape of a *.dialog.json file as written; dialog.schema.json is its contract for editors.
internal sealed class DialogFile
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public List<StepJson> Steps { get; set; } = [];

    public List<StageJson>? Stages { get; set; }
}

// A run of questions counted for the person ("Question 3 of 7"): its text key takes {position} and {total}.
internal sealed class StageJson
{
    public string Text { get; set; } = "";

    public List<string> Steps { get; set; } = [];
}
