namespace RufaBot.Induction;

/// <summary>Reads the quiz's answer key at start-up, so a dialog edit that breaks scoring stops the host, naming the step.</summary>
internal sealed class InductionStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<InductionAnswerKey>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
