using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;

namespace RufaBot.Knowledge;

/// <summary>
/// Creates the Azure OpenAI clients behind Microsoft.Extensions.AI abstractions: an API key when one is set,
/// otherwise DefaultAzureCredential (managed identity in Azure, the developer's sign-in locally).
/// </summary>
internal static class AzureOpenAIClients
{
    public static AzureOpenAIClient Create(AzureOpenAIOptions options)
    {
        var endpoint = new Uri(options.Endpoint!);
        return string.IsNullOrWhiteSpace(options.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential())
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey));
    }

    public static IChatClient ChatClient(AzureOpenAIClient client, AzureOpenAIOptions options) =>
        client.GetChatClient(options.Deployment).AsIChatClient();

    public static IEmbeddingGenerator<string, Embedding<float>> EmbeddingGenerator(AzureOpenAIClient client, AzureOpenAIOptions options) =>
        client.GetEmbeddingClient(options.EmbeddingDeployment).AsIEmbeddingGenerator();
}
