using System.Text.Json;
using System.Text.Json.Serialization;

namespace RufaBot.Dialogs.Loading;

// {"step": "x", "equals": v} | {"step": "x", "in": [..]} | {"step": "x", "isSet": true}
// | {"not": c} | {"all": [..]} | {"any": [..]}
internal sealed class ConditionJson
{
    public string? Step { get; set; }

    [JsonPropertyName("equals")]
    public JsonElement? EqualTo { get; set; }

    public List<JsonElement>? In { get; set; }

    public bool? IsSet { get; set; }

    public ConditionJson? Not { get; set; }

    public List<ConditionJson>? All { get; set; }

    public List<ConditionJson>? Any { get; set; }
}
