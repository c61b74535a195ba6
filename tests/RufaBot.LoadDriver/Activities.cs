using System.Text.Json.Nodes;

namespace RufaBot.LoadDriver;

/// <summary>Teams-shaped personal-chat activities, as in the recorded fixtures (message and adaptiveCard/action invoke).</summary>
internal static class Activities
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";

    public static JsonObject Message(Uri serviceUrl, string conversationId, string aadObjectId, string name, string text)
    {
        var activity = Common("message", serviceUrl, conversationId, aadObjectId, name);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    public static JsonObject CardAction(Uri serviceUrl, string conversationId, string aadObjectId, string name, string verb, JsonObject data)
    {
        var activity = Common("invoke", serviceUrl, conversationId, aadObjectId, name);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return activity;
    }

    private static JsonObject Common(string type, Uri serviceUrl, string conversationId, string aadObjectId, string name) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["aadObjectId"] = aadObjectId, ["name"] = name },
        ["recipient"] = new JsonObject { ["id"] = "28:rufabot-load", ["name"] = "RufaBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}
