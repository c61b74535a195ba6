using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Feedback;
using RufaBot.Knowledge.Prompts;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Storage;

namespace RufaBot.Knowledge;

/// <summary>
/// Registers the knowledge base: the index (built at start-up), retrieval, answers, the database store of the cards' feedback and,
/// when <c>AzureOpenAI:Endpoint</c> is set, the Azure OpenAI chat client (and embeddings with
/// <c>AzureOpenAI:EmbeddingDeployment</c>). Clients registered earlier, such as a test's fake, are kept.
/// </summary>
internal static class KnowledgeExtensions
{
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>>(new OptionsProblems<KnowledgeOptions>(KnowledgeOptionsProblems.Of));
        services.AddOptions<AzureOpenAIOptions>().BindConfiguration(AzureOpenAIOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureOpenAIOptions>>(new OptionsProblems<AzureOpenAIOptions>(o => o.Problems()));

        var azure = builder.Configuration.GetSection(AzureOpenAIOptions.Section).Get<AzureOpenAIOptions>() ?? new AzureOpenAIOptions();
        if (azure.IsConfigured && !azure.Problems().Any())
        {
            services.TryAddSingleton(_ => AzureOpenAIClients.Create(azure));
            services.TryAddSingleton(sp => AzureOpenAIClients.ChatClient(sp.GetRequiredService<Azure.AI.OpenAI.AzureOpenAIClient>(), azure));
            if (!string.IsNullOrWhiteSpace(azure.EmbeddingDeployment))
                services.TryAddSingleton(sp => AzureOpenAIClients.EmbeddingGenerator(sp.GetRequiredService<Azure.AI.OpenAI.AzureOpenAIClient>(), azure));
        }

        services.TryAddSingleton(KnowledgeIndexLoader.LoadSeeds);
        services.TryAddSingleton(KnowledgeIndexLoader.Load);
        services.AddHostedService<KnowledgeStartup>();
        services.TryAddSingleton<KnowledgeRetriever>();
        services.TryAddSingleton<PromptTokenCounter>();
        services.TryAddSingleton<PromptBuilder>();
        services.TryAddSingleton<AnswerTexts>();
        services.TryAddSingleton<ExtractiveAnswerer>();
        services.TryAddSingleton<AnswerService>();
        builder.AddRufaStorage();
        services.TryAddSingleton<IAnswerFeedbackStore, DatabaseAnswerFeedbackStore>();
        return builder;
    }
}
