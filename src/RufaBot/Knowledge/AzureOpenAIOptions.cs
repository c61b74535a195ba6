namespace RufaBot.Knowledge;

/// <summary>
/// Optional Azure OpenAI, bound from the <c>AzureOpenAI</c> section. With no endpoint RufaBot answers extractively
/// and offline. With an endpoint but no key it signs in with DefaultAzureCredential (managed identity in Azure).
/// </summary>
internal sealed class AzureOpenAIOptions
{
    public const string Section = "AzureOpenAI";

    public string? Endpoint { get; set; }

    /// <summary>Chat model deployment name; required with an endpoint.</summary>
    public string? Deployment { get; set; }

    /// <summary>API key; empty = DefaultAzureCredential.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Embedding deployment; when set, retrieval blends BM25 with embeddings.</summary>
    public string? EmbeddingDeployment { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    public IEnumerable<string> Problems()
    {
        if (!IsConfigured)
            yield break;
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
            yield return "AzureOpenAI:Endpoint must be an absolute https URL such as https://your-resource.openai.azure.com/, or empty to answer offline.";
        if (string.IsNullOrWhiteSpace(Deployment))
            yield return "AzureOpenAI:Deployment is required when AzureOpenAI:Endpoint is set: set it to the name of the chat model deployment, or empty AzureOpenAI:Endpoint.";
    }
}
