using RufaBot.Knowledge.Answers;
using RufaBot.Knowledge.Prompts;
using RufaBot.Knowledge.Retrieval;

namespace RufaBot.Knowledge;

/// <summary>
/// Builds the index while the app starts, so broken content fails the start and the first question is fast;
/// with a model configured it also loads the tokenizer vocabulary that measures prompts.
/// </summary>
internal sealed class KnowledgeStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<KnowledgeIndex>();
        if (services.GetRequiredService<AnswerService>().UsesModel)
            services.GetRequiredService<PromptTokenCounter>().Count(PromptBuilder.SystemPrompt);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
