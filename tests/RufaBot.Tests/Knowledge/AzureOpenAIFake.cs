using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RufaBot.Knowledge;
using RufaBot.Testing;

namespace RufaBot.Tests.Knowledge;

/// <summary>
/// A loopback server speaking Azure OpenAI's chat-completions wire format, and the real Azure.AI.OpenAI client
/// (through Microsoft.Extensions.AI) pointed at it: the whole generation path runs, offline.
/// </summary>
internal static class AzureOpenAIFake
{
    public const string Deployment = "rufa-chat";
    public const string ApiKey = "test-key";

    /// <summary>A server that answers every request with <paramref name="reply"/>, given the request's user message.</summary>
    public static Task<LoopbackServer> StartAsync(Func<string, string> reply) =>
        LoopbackServer.StartAsync(async (context, request) =>
        {
            var user = Content(JsonNode.Parse(request.Body)!["messages"]!.AsArray()[^1]!) ?? "";
            await Reply(context, 200, Completion(reply(user)));
        });

    public static Microsoft.Extensions.AI.IChatClient ChatClient(LoopbackServer server)
    {
        var options = new AzureOpenAIOptions { Endpoint = server.BaseAddress.ToString(), Deployment = Deployment, ApiKey = ApiKey };
        Assert.Empty(options.Problems());
        return AzureOpenAIClients.ChatClient(AzureOpenAIClients.Create(options), options);
    }

    public static string? Content(JsonNode message) => message["content"] switch
    {
        JsonValue value => (string?)value,
        JsonArray parts => string.Concat(parts.Select(p => (string?)p!["text"])),
        _ => null,
    };

    public static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-contract",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "gpt-4o",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 900, completion_tokens = 30, total_tokens = 930 },
    });

    public static async Task Reply(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }
}
