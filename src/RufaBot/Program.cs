using RufaBot.Cli;
using RufaBot.Hosting;

if (await RufaCli.TryRunAsync(args))
    return;

RufaBotHost.Build(args).Run();

/// <summary>Entry point; public so tests can host the real app.</summary>
public partial class Program;
