using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Prompts;
using RufaBot.Testing;

namespace RufaBot.Tests.Knowledge;

/// <summary>
/// The real Azure.AI.OpenAI client (through Microsoft.Extensions.AI) against a loopback server speaking the
/// chat-completions wire format: the request shape is asserted and the reply parsed, with no internet.
/// </summary>
public sealed class AzureOpenAIContractTests
{
    [Fact]
    public async Task AnswerService_WithAzureOpenAI_SendsTheChatCompletionsRequest_AndUsesTheCitedReply()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            Reply(context, 200, Completion("The Senior Action Group meets at Principals level when violations are highly likely or ongoing [1].")));
        var services = new KnowledgeTestServices(chat: ChatClient(server));

        var answer = await services.Answers.AnswerAsync("What is the Senior Action Group?", "en-US", CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("/openai/deployments/rufa-chat/chat/completions?api-version=", request.PathAndQuery);
        Assert.Equal("test-key", request.Headers["api-key"]);
        var body = JsonNode.Parse(request.Body)!;
        var messages = body["messages"]!.AsArray();
        Assert.Equal(2, messages.Count);
        Assert.Equal("system", (string?)messages[0]!["role"]);
        Assert.Equal(PromptBuilder.SystemPrompt, Content(messages[0]!));
        Assert.Equal("user", (string?)messages[1]!["role"]);
        Assert.StartsWith("<passages>\n[1] Source: Detailed Action Plan (March 2014), item 13.3", Content(messages[1]!));
        Assert.EndsWith("<question>\nWhat is the Senior Action Group?\n</question>", Content(messages[1]!));
        Assert.Equal(0, (double?)body["temperature"]);
        Assert.Equal(400, (int?)(body["max_completion_tokens"] ?? body["max_tokens"]));

        Assert.Equal(AnswerMode.Generated, answer.Mode);
        Assert.Equal("DAP 13.3", Assert.Single(answer.Citations).Citation.Ref);
        Assert.Contains("Principals level", answer.Text);
    }

    [Fact]
    public async Task AnswerService_WhenAzureOpenAIRefuses_AnswersExtractivelyWithANote()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            Reply(context, 400, """{"error":{"code":"content_filter","message":"The response was filtered"}}"""));
        var services = new KnowledgeTestServices(chat: ChatClient(server));

        var answer = await services.Answers.AnswerAsync("What is the Senior Action Group?", null, CancellationToken.None);

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Equal(KnowledgeTestServices.Texts.ModelUnavailable(RufaBot.Knowledge.Text.Language.English), answer.Note);
        Assert.Equal("DAP 13.3", answer.Citations[0].Citation.Ref);
    }

    private static Microsoft.Extensions.AI.IChatClient ChatClient(LoopbackServer server) => AzureOpenAIFake.ChatClient(server);

    private static string? Content(JsonNode message) => AzureOpenAIFake.Content(message);

    private static string Completion(string content) => AzureOpenAIFake.Completion(content);

    private static Task Reply(HttpContext context, int status, string json) => AzureOpenAIFake.Reply(context, status, json);
}
