using System.Net.Http.Json;
using System.Text.Json.Nodes;

// The raw echo: read the activity, post one reply to its Connector, answer 200. No state, no dialog, no
// authentication; the least a bot can do per turn, so RufaBot's figures can be read as a share of it.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddHttpClient("connector").ConfigurePrimaryHttpMessageHandler(() =>
    new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
var app = builder.Build();

app.MapGet("/readyz", () => Results.Ok());
app.MapPost("/api/messages", async (HttpRequest request, IHttpClientFactory clients) =>
{
    if (await JsonNode.ParseAsync(request.Body) is not JsonObject activity
        || (string?)activity["serviceUrl"] is not { } serviceUrl
        || (string?)activity["conversation"]?["id"] is not { } conversationId)
        return Results.BadRequest();
    var activityId = (string?)activity["id"] ?? "";
    var reply = new JsonObject
    {
        ["type"] = "message",
        ["text"] = (string?)activity["text"] ?? "",
        ["replyToId"] = activityId,
        ["from"] = activity["recipient"]?.DeepClone(),
        ["recipient"] = activity["from"]?.DeepClone(),
        ["conversation"] = new JsonObject { ["id"] = conversationId },
    };
    var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
    using var response = await clients.CreateClient("connector").PostAsJsonAsync(url, reply);
    return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
});

app.Run();
