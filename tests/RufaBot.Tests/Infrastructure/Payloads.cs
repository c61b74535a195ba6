using System.Text.Json.Nodes;

namespace RufaBot.Tests.Infrastructure;

/// <summary>Activities recorded from the Microsoft 365 Agents Playground, re-addressed to a test's fake connector.</summary>
public static class Payloads
{
    public static JsonObject Load(string name, Uri serviceUrl, string? id = null, string? conversationId = null)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json")))!.AsObject();
        activity["serviceUrl"] = serviceUrl.ToString();
        activity["id"] = id ?? Guid.NewGuid().ToString();
        if (conversationId is not null)
            activity["conversation"]!["id"] = conversationId;
        return activity;
    }
}
