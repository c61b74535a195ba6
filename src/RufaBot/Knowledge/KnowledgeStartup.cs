using RufaBot.Knowledge.Retrieval;

namespace RufaBot.Knowledge;

/// <summary>Builds the index while the app starts, so broken content fails the start and the first question is fast.</summary>
internal sealed class KnowledgeStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<KnowledgeIndex>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
